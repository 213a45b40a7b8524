#!/usr/bin/python3
"""Renders the conformance cases with Django 3.2 itself and writes what it gives to django-cases.json.

Run with Debian's python3-django (3.2): /usr/bin/python3 step-03-templates/conformance/generate.py
--check regenerates in memory and fails if the committed JSON differs.

Django is configured as the kit's non-strict Engine: autoescape on, string_if_invalid='', a locmem loader
holding each case's templates. For every case we record the exact output, or the error's kind (syntax,
missing template, other) and its phase (load: while compiling 'main'; render: while rendering it).
"""
import json
import os
import sys

import django
from django.conf import settings

settings.configure(INSTALLED_APPS=['django.contrib.staticfiles'], STATIC_URL='/static/')
django.setup()

from django.template import Context, Engine, TemplateDoesNotExist, TemplateSyntaxError  # noqa: E402
from django.template.defaultfilters import register as builtin_filters  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'django-cases.json')

CASES = []


def case(name, main, context=None, python=False, **others):
    templates = {'main': main}
    templates.update({k.replace('__', '.'): v for k, v in others.items()})
    CASES.append({'name': name, 'templates': templates, 'context': context or {}, 'python': python})


def stringfilter(name):
    """Whether Django turns the value into text with str() before the filter sees it."""
    return hasattr(builtin_filters.filters[name], '_decorated_function')


# Values a filter is tried on. The flag marks values whose printing is Python's (floats, None, lists...).
VALUES = [
    ('text', 'abc def', False), ('html', '<b>a&b</b> "q"', False), ('safe', None, False), ('empty', '', False),
    ('zero', 0, False), ('one', 1, False), ('int', 42, False), ('neg', -3, False), ('digits', '1024', False),
    ('float', 3.75, True), ('none', None, True), ('missing', None, False), ('list', ['a', 'b<c'], True),
    ('ints', [3, 1, 2], True), ('dict', {'k': 'v'}, True), ('true', True, False), ('spaces', '  two  words  ', False),
    ('lines', 'one\ntwo\n\nthree', False), ('url', 'see www.example.com, or http://x.org/a?b=1&c=2.', False),
]

# Each filter with the arguments it is tried with ('' means no argument).
FILTERS = {
    'add': ['1', '"x"', 'ints', 'none'], 'addslashes': [''], 'capfirst': [''], 'center': ['9', '"x"'],
    'cut': ['" "', '"b"'], 'default': ['"d"'], 'default_if_none': ['"d"'], 'dictsort': ['"k"', '0'],
    'dictsortreversed': ['"k"'], 'divisibleby': ['3', '"x"'], 'escape': [''], 'escapejs': [''],
    'filesizeformat': [''], 'first': [''], 'floatformat': ['', '2', '-2', '"x"', '0'], 'force_escape': [''],
    'get_digit': ['1', '2', '9', '"x"'], 'iriencode': [''], 'join': ['", "', '"<br>"'],
    'json_script': ['"data"'], 'last': [''], 'length': [''], 'length_is': ['2', '"x"'], 'linebreaks': [''],
    'linebreaksbr': [''], 'linenumbers': [''], 'ljust': ['9'], 'lower': [''], 'make_list': [''],
    'phone2numeric': [''], 'pluralize': ['', '"es"', '"y,ies"', '"a,b,c"'], 'random': [''], 'rjust': ['9'],
    'safe': [''], 'safeseq': [''], 'slice': ['":2"', '"1:"', '"::-1"', '"x"', '"-1"'], 'slugify': [''],
    'stringformat': ['"s"', '"d"', '"05d"', '".2f"', '"x"'], 'striptags': [''], 'title': [''],
    'truncatechars': ['4', '0', '"x"', '100'], 'truncatechars_html': ['4', '"x"'],
    'truncatewords': ['1', '0', '"x"'], 'truncatewords_html': ['1', '"x"'], 'unordered_list': [''],
    'upper': [''], 'urlencode': ['', '""'], 'urlize': [''], 'urlizetrunc': ['8'], 'wordcount': [''],
    'wordwrap': ['4', '"x"'], 'yesno': ['', '"y,n"', '"y,n,m"', '"y"'], 'date': ['', '"Y"'], 'time': [''],
    'timesince': [''], 'timeuntil': [''],
}
# Deterministic only for one-element inputs.
ONE_ELEMENT = {'random'}

for filt, arguments in sorted(FILTERS.items()):
    for argument in arguments:
        call = filt + (':' + argument if argument else '')
        for vname, value, py in VALUES:
            if filt in ONE_ELEMENT and vname not in ('zero', 'missing', 'empty'):
                continue
            context = {} if vname == 'missing' else {'v': value, 'ints': [3, 1, 2], 'none': None}
            expression = 'v|safe' if vname == 'safe' else 'v'
            if vname == 'safe':
                context['v'] = '<i>x&amp;y</i>'
            # A Python value printed by str() (None, a list, a dict, a float) is Python's printing.
            case('filter %s on %s' % (call, vname), '{{ %s|%s }}' % (expression, call), context,
                 python=py and stringfilter(filt))

# Filters on lists of dicts and nested lists.
PEOPLE = [{'name': 'Bo', 'age': 30, 'city': 'Oslo'}, {'name': 'al', 'age': 25, 'city': 'Oslo'},
          {'name': 'Cy', 'age': 35, 'city': 'Rome'}]
case('dictsort by a key', '{% for p in v|dictsort:"age" %}{{ p.name }} {% endfor %}', {'v': PEOPLE})
case('dictsortreversed by a key', '{% for p in v|dictsortreversed:"name" %}{{ p.name }} {% endfor %}', {'v': PEOPLE})
case('dictsort of unorderable keys', '{{ v|dictsort:"x"|length }}', {'v': [{'x': 1}, {'x': 'a'}]})
case('unordered_list nested', '{{ v|unordered_list }}', {'v': ['States', ['Kansas', ['Lawrence', 'Topeka'], 'Ohio']]})
case('unordered_list escapes', '{{ v|unordered_list }}', {'v': ['<a>', ['&']]})
case('join of safeseq', '{{ v|safeseq|join:"," }}', {'v': ['<a>', '<b>']})
case('join with autoescape off', '{% autoescape off %}{{ v|join:"<" }}{% endautoescape %}', {'v': ['<a>', 'b']})
case('slice then join', '{{ v|slice:"1:3"|join:"-" }}', {'v': [1, 2, 3, 4]})
case('add two safe strings stays safe', '{{ a|safe|add:b }}', {'a': '<a>', 'b': '<b>'})
case('add two safe literals', '{{ "<a>"|add:"<b>" }}')
case('upper of a safe string is escaped', '{{ v|safe|upper }}', {'v': '<b>&amp;</b>'})
case('lower of a safe string stays safe', '{{ v|safe|lower }}', {'v': '<B>'})
case('filter chain', '{{ v|lower|capfirst|cut:" " }}', {'v': 'HELLO WORLD'})
case('spaces around the bar', '{{ v | upper }}', {'v': 'abc'})
case('spaces around two bars', '{{ v | lower | capfirst }}', {'v': 'ABC'})
case('space after a filter colon', '{{ v|default: "a" }}', {'v': ''})
case('unknown filter', '{{ v|nope }}')
case('filter missing its argument', '{{ v|cut }}')
case('filter given an argument it does not take', '{{ v|lower:"x" }}')
case('string literal escaping', '{{ "a\\"b" }}|{{ \'it\\\'s\' }}')
case('literal with a backslash n stays', '{{ "a\\nb" }}')
case('integer literal', '{{ 42 }}|{{ -7 }}')
case('float literal', '{{ 1.5 }}', python=True)
case('underscore variable', '{{ _x }}')
case('attribute with underscore', '{{ v._x }}', {'v': {}})
case('list index', '{{ v.1 }}|{{ v.9 }}', {'v': ['a', 'b']})
case('dict key then index', '{{ v.k.0 }}', {'v': {'k': ['x']}})
case('dict items loop', '{% for k, x in v.items %}{{ k }}={{ x }};{% endfor %}', {'v': {'a': 1, 'b': 2}})
case('escaping of a variable', '{{ v }}', {'v': '<script>"&\'</script>'})
case('None prints as None', '{{ v }}', {'v': None}, python=True)
case('True and False print', '{{ a }} {{ b }}', {'a': True, 'b': False})
case('a list prints as Python', '{{ v }}', {'v': [1, 'a']}, python=True)

# The lexer.
case('comment on one line', 'a{# hidden #}b')
case('comment spanning lines is text', 'a{# one\ntwo #}b')
case('variable spanning lines is text', 'a{{ v\n}}b', {'v': 1})
case('tag spanning lines is text', 'a{% if\nx %}b')
case('unclosed variable is text', 'a {{ v')
case('unclosed tag is text', 'a {% if x')
case('lone braces', 'f(x) { return {a}; }')
case('triple brace', '{{{ v }}}', {'v': 1})
case('empty variable tag', 'a{{ }}b')
case('empty block tag', 'a{% %}b')
case('CRLF text kept', 'a\r\nb{{ v }}\r\n', {'v': 1})
case('verbatim keeps tags', '{% verbatim %}{{ x }}{% if %}{% endverbatim %}')
case('named verbatim', '{% verbatim v1 %}{% endverbatim %}{% endverbatim v1 %}')
case('unclosed verbatim', '{% verbatim %}{{ x }}')
case('comment tag', 'a{% comment %}{% if %}{{ x }}{% endcomment %}b')
case('comment tag with a note', 'a{% comment "why" %}x{% endcomment %}b')
case('unclosed comment tag', 'a{% comment %}x')

# if
for expr, ctx in [('a', {'a': 1}), ('not a', {'a': 0}), ('a and b', {'a': 1, 'b': 0}), ('a or b', {'a': 0, 'b': 2}),
                  ('a == 1', {'a': 1}), ('a != "x"', {'a': 'x'}), ('a < b', {'a': 1, 'b': 2}),
                  ('a >= b', {'a': 3, 'b': 3}), ('a in b', {'a': 2, 'b': [1, 2]}), ('a not in b', {'a': 'z', 'b': 'xyz'}),
                  ('a is None', {'a': None}), ('a is not None', {'a': 0}), ('missing', {}), ('missing.x', {}),
                  ('a > b', {'a': 'x', 'b': 1}), ('not a or b and c', {'a': 1, 'b': 1, 'c': 0}),
                  ('a|length > 1', {'a': [1, 2]}), ('a == b', {'a': 1, 'b': 1.0}), ('a', {'a': []}), ('a', {'a': {}}),
                  ('a', {'a': '0'}), ('a in "abc"', {'a': 'b'}), ('a == "1"', {'a': 1}), ('a < b', {'a': None, 'b': 1}),
                  ('not not a', {'a': 'x'}), ('a and not b', {'a': 1, 'b': None})]:
    py = 'True' in expr or '1.0' in json.dumps(ctx)
    case('if %s' % expr, '{% if ' + expr + ' %}yes{% else %}no{% endif %}', ctx, python=py)
case('elif chain', '{% if a %}A{% elif b %}B{% elif c %}C{% else %}D{% endif %}', {'c': 1})
case('if without condition', '{% if %}x{% endif %}')
case('if with parentheses', '{% if (a) %}x{% endif %}', {'a': 1})
case('if with a dangling operator', '{% if a and %}x{% endif %}')
case('if with two values', '{% if a b %}x{% endif %}')
case('unclosed if', '{% if a %}x')
case('else without if', 'x{% else %}y')
case('endif without if', 'x{% endif %}')
case('unknown tag', '{% frobnicate %}')
case('if with an operator first', '{% if and a %}x{% endif %}')

# for
case('for loop', '{% for x in v %}{{ x }},{% endfor %}', {'v': [1, 2, 3]})
case('for reversed', '{% for x in v reversed %}{{ x }}{% endfor %}', {'v': [1, 2, 3]})
case('for empty', '{% for x in v %}{{ x }}{% empty %}none{% endfor %}', {'v': []})
case('for over missing', '{% for x in v %}{{ x }}{% empty %}none{% endfor %}')
case('for over None', '{% for x in v %}{{ x }}{% empty %}none{% endfor %}', {'v': None})
case('for over a string', '{% for c in v %}[{{ c }}]{% endfor %}', {'v': 'ab'})
case('for over a dict gives keys', '{% for k in v %}{{ k }}{% endfor %}', {'v': {'a': 1, 'b': 2}})
case('for unpacking', '{% for a, b in v %}{{ a }}-{{ b }};{% endfor %}', {'v': [[1, 2], [3, 4]]})
case('for unpacking with spaces', '{% for a , b in v %}{{ a }}{{ b }}{% endfor %}', {'v': [[1, 2]]})
case('for unpacking the wrong count', '{% for a, b in v %}{{ a }}{% endfor %}', {'v': [[1, 2, 3]]})
case('forloop counters', '{% for x in v %}{{ forloop.counter }}{{ forloop.counter0 }}{{ forloop.revcounter }}'
     '{{ forloop.revcounter0 }}{{ forloop.first }}{{ forloop.last }}|{% endfor %}', {'v': 'ab'})
case('forloop parentloop', '{% for x in v %}{% for y in v %}{{ forloop.parentloop.counter }}{{ forloop.counter }} '
     '{% endfor %}{% endfor %}', {'v': [1, 2]})
case('for without in', '{% for x v %}{% endfor %}')
case('for with too few words', '{% for x %}{% endfor %}')
case('for over an integer', '{% for x in v %}{{ x }}{% endfor %}', {'v': 5})
case('unclosed for', '{% for x in v %}')
case('for with a bad variable', '{% for x" in v %}{% endfor %}', {'v': [1]})

# with
case('with assigns', '{% with a=1 b=v|length %}{{ a }}{{ b }}{% endwith %}{{ a }}', {'v': 'xyz'})
case('with as', '{% with v|upper as u %}{{ u }}{% endwith %}', {'v': 'a'})
case('with nothing', '{% with %}x{% endwith %}')
case('with bad token', '{% with a %}x{% endwith %}')
case('unclosed with', '{% with a=1 %}x')

# cycle, resetcycle, firstof, ifchanged
case('cycle', '{% for x in v %}{% cycle "a" "b" %}{% endfor %}', {'v': [1, 2, 3]})
case('cycle with variables', '{% for x in v %}{% cycle x "-" %}{% endfor %}', {'v': [1, 2, 3]})
case('cycle as', '{% for x in v %}{% cycle "a" "b" as c %}{{ c }}{% endfor %}', {'v': [1, 2]})
case('cycle as silent', '{% for x in v %}{% cycle "a" "b" as c silent %}[{{ c }}]{% endfor %}', {'v': [1, 2]})
case('cycle silent without as is a value', '{% for x in v %}{% cycle "a" "b" silent %}{% endfor %}', {'v': [1, 2, 3]})
case('named cycle advanced by name', '{% cycle "a" "b" "c" as c %}{% cycle c %}{% cycle c %}{% cycle c %}')
case('cycle with one unknown name', '{% cycle c %}')
case('cycle with nothing', '{% cycle %}')
case('cycle as with bad flag', '{% cycle "a" "b" as c loud %}')
case('cycle escapes', '{% cycle v v %}', {'v': '<'})
case('resetcycle', '{% for x in v %}{% cycle "a" "b" "c" %}{% if x == 2 %}{% resetcycle %}{% endif %}{% endfor %}',
     {'v': [1, 2, 3, 4]})
case('resetcycle named', '{% for x in v %}{% cycle "a" "b" as c silent %}{{ c }}{% resetcycle c %}{% endfor %}',
     {'v': [1, 2]})
case('resetcycle without cycle', '{% resetcycle %}')
case('resetcycle unknown name', '{% cycle "a" "b" %}{% resetcycle nope %}')
case('firstof', '{% firstof a b "c" %}', {'a': '', 'b': '<b>'})
case('firstof none true', '{% firstof a b %}|', {'a': 0})
case('firstof as', '{% firstof a "x" as f %}[{{ f }}]', {'a': '<a>'})
case('firstof with nothing', '{% firstof %}')
case('ifchanged body', '{% for x in v %}{% ifchanged %}{{ x }}{% endifchanged %}{% endfor %}', {'v': [1, 1, 2, 2, 1]})
case('ifchanged values else', '{% for x in v %}{% ifchanged x %}[{{ x }}]{% else %}.{% endifchanged %}{% endfor %}',
     {'v': [1, 1, 2]})
case('ifchanged nested loops', '{% for a in v %}{% for b in v %}{% ifchanged %}{{ a }}{% endifchanged %}{% endfor %}'
     '{% endfor %}', {'v': [1, 2]})
case('ifchanged outside a loop', '{% ifchanged %}x{% endifchanged %}{% ifchanged %}x{% endifchanged %}')

# filter, spaceless, autoescape, templatetag, widthratio, now, lorem, regroup, csrf_token, load
case('filter tag', '{% filter upper %}a{{ v }}{% endfilter %}', {'v': '<b>'})
case('filter tag chain', '{% filter lower|cut:" " %}A B C{% endfilter %}')
case('filter tag forbids escape', '{% filter escape %}x{% endfilter %}')
case('filter tag forbids safe', '{% filter safe %}x{% endfilter %}')
case('filter tag force_escape', '{% filter force_escape %}<a>{% endfilter %}')
case('spaceless', '{% spaceless %} <p>\n <a>x </a> </p> {% endspaceless %}')
case('autoescape off', '{% autoescape off %}{{ v }}{% endautoescape %}{{ v }}', {'v': '<'})
case('autoescape on inside off', '{% autoescape off %}{% autoescape on %}{{ v }}{% endautoescape %}{% endautoescape %}',
     {'v': '<'})
case('autoescape bad argument', '{% autoescape maybe %}{% endautoescape %}')
for word in ['openblock', 'closeblock', 'openvariable', 'closevariable', 'openbrace', 'closebrace', 'opencomment',
             'closecomment']:
    case('templatetag ' + word, '{% templatetag ' + word + ' %}')
case('templatetag unknown', '{% templatetag nope %}')
case('templatetag without argument', '{% templatetag %}')
for args, ctx in [('a b 100', {'a': 175, 'b': 200}), ('a b 100', {'a': 0, 'b': 0}), ('a b 100', {'a': 'x', 'b': 1}),
                  ('a b 100', {'a': 1, 'b': 8}), ('a b 100', {'a': 3, 'b': 8}), ('a b w', {'a': 1, 'b': 2, 'w': 'x'}),
                  ('a b 100', {}), ('a b 10 as r', {'a': 5, 'b': 10}), ('a b', {})]:
    case('widthratio ' + args + ' ' + json.dumps(ctx), '{% widthratio ' + args + ' %}' + ('{{ r }}' if 'as' in args else ''),
         ctx)
case('now with a literal format', '{% now "\\a\\b" %}')
case('now without a format', '{% now %}')
case('lorem default', '{% lorem %}')
case('lorem words', '{% lorem 3 w %}')
case('lorem paragraphs', '{% lorem 2 p %}'.replace('2', '1'))
case('lorem zero words', '{% lorem 0 w %}')
case('lorem bad count', '{% lorem x w %}')
case('regroup', '{% regroup v by city as g %}{% for c in g %}{{ c.grouper }}:{% for p in c.list %}{{ p.name }}'
     '{% endfor %};{% endfor %}', {'v': PEOPLE})
case('regroup unpacked', '{% regroup v by city as g %}{% for city, people in g %}{{ city }}{{ people|length }}'
     '{% endfor %}', {'v': PEOPLE})
case('regroup missing list', '{% regroup v by city as g %}[{{ g|length }}]')
case('regroup bad syntax', '{% regroup v city as g %}')
case('regroup bad as', '{% regroup v by city to g %}')
case('csrf_token', '{% csrf_token %}', {'csrf_token': 'abc<'})
case('csrf_token missing', '[{% csrf_token %}]')
case('load unknown library', '{% load nope %}')
case('load static', '{% load static %}ok')
case('static after load static', '{% load static %}{% static "polls/style.css" %}')
case('load two unknown libraries', '{% load a b %}')
case('load a name from an unknown library', '{% load x from nope %}')

# Inheritance and include.
BASE = '<{% block a %}A{% endblock %}|{% block b %}B{% endblock %}>'
case('extends', '{% extends "base" %}{% block a %}a{% endblock %}', base=BASE)
case('extends three levels', '{% extends "mid" %}{% block a %}[{{ block.super }}]{% endblock %}',
     mid='{% extends "base" %}{% block a %}m{{ block.super }}{% endblock %}{% block b %}mb{% endblock %}', base=BASE)
case('text before extends', 'hello {% extends "base" %}{% block a %}a{% endblock %}', base=BASE)
case('text after extends is dropped', '{% extends "base" %}outside{% block a %}a{% endblock %}', base=BASE)
case('extends not first', '{% if x %}{% endif %}{% extends "base" %}', base=BASE)
case('extends twice', '{% extends "base" %}{% extends "base" %}', base=BASE)
case('extends a missing template', '{% extends "nope" %}')
case('extends from a variable', '{% extends v %}{% block b %}b{% endblock %}', {'v': 'base'}, base=BASE)
case('block super without extends', '{% block a %}[{{ block.super }}]{% endblock %}')
case('duplicate block', '{% block a %}{% endblock %}{% block a %}{% endblock %}')
case('endblock with the wrong name', '{% block a %}{% endblock b %}')
case('block in a child not in the parent', '{% extends "base" %}{% block z %}z{% endblock %}', base=BASE)
case('nested blocks', '{% extends "p" %}{% block inner %}I{% endblock %}',
     p='{% block outer %}O{% block inner %}i{% endblock %}{% endblock %}')
case('include', '[{% include "inc" %}]', {'v': 1}, inc='v={{ v }}')
case('include with', '{% include "inc" with v=2 %}{{ v }}', {'v': 1}, inc='v={{ v }}')
case('include only', '{% include "inc" with w=2 only %}', {'v': 1}, inc='v={{ v }} w={{ w }}')
case('include a missing template', '{% include "nope" %}')
case('include a template with a syntax error', '{% include "bad" %}', bad='{% if %}')
case('include a template whose render fails', '{% include "bad" %}', bad='{{ v|divisibleby:"x" }}', context=None)
case('include from a variable', '{% include v %}', {'v': 'inc'}, inc='ok')
case('include with a bad option', '{% include "inc" foo %}', inc='ok')
case('include inside a loop', '{% for x in v %}{% include "inc" %}{% endfor %}', {'v': [1, 2]}, inc='{{ x }}')
case('include keeps cycle state apart', '{% for x in v %}{% include "inc" %}{% endfor %}', {'v': [1, 2]},
     inc='{% cycle "a" "b" %}')
case('include itself', '{% include "main" %}')


def render(c):
    engine = Engine(loaders=[('django.template.loaders.locmem.Loader', c['templates'])], autoescape=True,
                    string_if_invalid='', debug=False, libraries={'static': 'django.templatetags.static'})
    phase = 'load'
    try:
        template = engine.get_template('main')
        phase = 'render'
        return {'output': template.render(Context(c['context'], autoescape=True))}
    except TemplateSyntaxError:
        return {'error': 'syntax', 'phase': phase}
    except TemplateDoesNotExist:
        return {'error': 'missing', 'phase': phase}
    except RecursionError:
        return {'error': 'other', 'phase': phase}
    except Exception:  # noqa: BLE001 - any other failure is recorded as "other"
        return {'error': 'other', 'phase': phase}


# Python's repr of a list, dict or None, as printed (and escaped) in a page.
PY_PRINTING = ('None', 'NONE', 'none', "['", '[1', '[3', '[]', "{'", '{}', 'e+', "', '", '[&#x27;', '{&#x27;',
               '&#x27;, ', '(&#x27;')


def generate():
    results = []
    for c in CASES:
        expect = render(c)
        python = c['python'] or any(s in expect.get('output', '') for s in PY_PRINTING)
        results.append({'name': c['name'], 'templates': c['templates'], 'context': c['context'],
                        'python': bool(python), 'expect': expect})
    return json.dumps({'django': django.get_version(), 'cases': results}, indent=1, ensure_ascii=False,
                      sort_keys=False) + '\n'


if __name__ == '__main__':
    text = generate()
    if '--check' in sys.argv:
        with open(OUT, encoding='utf-8') as f:
            if f.read() != text:
                sys.exit('django-cases.json differs from what Django renders now: run generate.py and commit it')
        print('django-cases.json is what Django %s renders' % django.get_version())
    else:
        with open(OUT, 'w', encoding='utf-8') as f:
            f.write(text)
        print('wrote %d cases to %s' % (text.count('"name"'), OUT))
