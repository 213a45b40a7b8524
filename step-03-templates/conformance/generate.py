#!/usr/bin/python3
"""Renders the conformance cases with Django 3.2 itself and writes what it gives to django-cases.json.

Run with Debian's python3-django (3.2): /usr/bin/python3 step-03-templates/conformance/generate.py
--check regenerates in memory and fails if the committed JSON differs.

Django is configured as the kit's non-strict Engine: autoescape on, string_if_invalid='', a locmem loader
holding each case's templates. For every case we record the exact output, or the error's kind (syntax,
missing template, other) and its phase (load: while compiling 'main'; render: while rendering it).
"""
import datetime
import json
import os
import sys

import django
from django.conf import settings

settings.configure(INSTALLED_APPS=['django.contrib.staticfiles'], STATIC_URL='/static/', TIME_ZONE='UTC',
                   USE_TZ=False)
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


# Arguments of every kind: a variable, a missing variable, None, a number where text is expected, safe text.
ARGUMENTS = [('var', 'a', {'a': 'xy'}), ('missing var', 'nope', {}), ('None', 'n', {'n': None}),
             ('int', '2', {}), ('safe', 's', {'s': '<b>'}), ('negative', '-1', {}), ('empty', '""', {})]
for filt in sorted(FILTERS):
    if filt in ONE_ELEMENT or all(a == '' for a in FILTERS[filt]):
        continue
    for aname, argument, actx in ARGUMENTS:
        for vname, value in [('text', 'Hello <World> & friends'), ('number', 12345), ('list', ['b', 'a'])]:
            context = dict(actx, v=value)
            if aname == 'safe':
                argument_text = 's|safe'
            else:
                argument_text = argument
            if '|' in argument_text:
                template = '{% with arg=' + argument_text + ' %}{{ v|' + filt + ':arg }}{% endwith %}'
            else:
                template = '{{ v|' + filt + ':' + argument_text + ' }}'
            case('filter %s with a %s argument on %s' % (filt, aname, vname), template, context,
                 python=(vname == 'list' and stringfilter(filt)) or aname == 'None')

# Every filter with autoescape off, on unsafe text.
for filt in sorted(FILTERS):
    if filt in ONE_ELEMENT:
        continue
    argument = next((a for a in FILTERS[filt] if a), '')
    call = filt + (':' + argument if argument else '')
    case('filter %s with autoescape off' % call,
         '{% autoescape off %}{{ v|' + call + ' }}{% endautoescape %}', {'v': 'a <b> & "c"\nd', 'ints': [1], 'none': None})

# Realistic pages: loops, conditions and filters together.
QUESTIONS = [{'id': 1, 'text': 'What\'s new?', 'choices': [{'text': 'Not much', 'votes': 3}, {'text': 'The sky', 'votes': 0}]},
             {'id': 2, 'text': '<Best> language?', 'choices': []}]
case('polls index', '{% if questions %}<ul>{% for q in questions %}<li><a href="/polls/{{ q.id }}/">{{ q.text }}</a>'
     '</li>{% endfor %}</ul>{% else %}<p>No polls are available.</p>{% endif %}', {'questions': QUESTIONS})
case('polls results', '{% for q in questions %}<h1>{{ q.text }}</h1><ul>{% for c in q.choices %}<li>{{ c.text }} -- '
     '{{ c.votes }} vote{{ c.votes|pluralize }}</li>{% empty %}<li>none</li>{% endfor %}</ul>{% endfor %}',
     {'questions': QUESTIONS})
case('table with cycle and counters', '<table>{% for q in questions %}<tr class="{% cycle "odd" "even" %}"><td>'
     '{{ forloop.counter }}</td><td>{{ q.text|truncatechars:8 }}</td><td>{{ q.choices|length }}</td></tr>{% endfor %}'
     '</table>', {'questions': QUESTIONS})
case('nested loops with parentloop and last', '{% for q in questions %}{% for c in q.choices %}{{ forloop.parentloop'
     '.counter }}.{{ forloop.counter }}{% if not forloop.last %},{% endif %}{% endfor %};{% endfor %}',
     {'questions': QUESTIONS})
case('with inside a loop', '{% for q in questions %}{% with n=q.choices|length %}{{ n }}{{ n|pluralize:"y,ies" }} '
     '{% endwith %}{% endfor %}', {'questions': QUESTIONS})
case('firstof with filters', '{% firstof a|upper b|lower "none" %}', {'a': '', 'b': 'XY'})
case('default on a missing attribute', '{{ q.nope|default:"-" }}', {'q': {}})
case('default_if_none on a missing variable', '[{{ nope|default_if_none:"-" }}]')
case('yesno on missing', '{{ nope|yesno:"a,b,c" }}')
case('length of missing', '{{ nope|length }}')
case('if comparing text', '{% if a == "x" %}1{% endif %}{% if a != b %}2{% endif %}{% if a < b %}3{% endif %}',
     {'a': 'x', 'b': 'y'})
case('if with filters on both sides', '{% if a|length == b|add:1 %}yes{% endif %}', {'a': [1, 2], 'b': 1})
case('if in a list of text', '{% if "b" in v %}yes{% endif %}{% if "z" not in v %}no{% endif %}', {'v': ['a', 'b']})
case('if in a dict', '{% if "k" in v %}key{% endif %}', {'v': {'k': 1}})
case('if operator precedence', '{% if a or b and c %}yes{% else %}no{% endif %}', {'a': 1, 'b': 0, 'c': 0})
case('if not in precedence', '{% if not a in b %}yes{% else %}no{% endif %}', {'a': 1, 'b': [2]})
case('if on a filter that fails', '{% if v|divisibleby:"x" %}yes{% endif %}', {'v': 4})
case('if comparison with a failing filter', '{% if v|divisibleby:"x" == 1 %}yes{% else %}no{% endif %}', {'v': 4})
case('if with a missing filter argument', '{% if v|default:nope %}yes{% else %}no{% endif %}', {'v': 1})
case('print with a missing filter argument', '{{ v|default:nope }}', {'v': 1})
case('elif with missing variables', '{% if a.b %}1{% elif c.d %}2{% else %}3{% endif %}')
case('if equal numbers and text', '{% if a == "1" %}same{% else %}different{% endif %}', {'a': 1})
case('if on zero and empty list', '{% if a or b %}t{% else %}f{% endif %}', {'a': 0, 'b': []})
# (a < b) < c compares True with 3: Python's True == 1.
case('comparison chain', '{% if a < b < c %}x{% endif %}', {'a': 1, 'b': 2, 'c': 3}, python=True)
case('if with == and no right side', '{% if a == %}x{% endif %}')
case('if with a lone not', '{% if not %}x{% endif %}')
case('if with not as a variable name', '{% if not not %}x{% endif %}')
case('whitespace and newlines around tags', 'a\n{% if x %}\n  b\n{% endif %}\nc\n', {'x': 1})
case('tabs and spaces inside tags', '{%\tif  x\t%}y{%  endif  %}{{\tx\t}}', {'x': 1})
case('tag names are case sensitive', '{% IF x %}y{% ENDIF %}', {'x': 1})
case('unicode text and filters', '{{ v|upper }} {{ v|length }} {{ v|slugify }}', {'v': 'Ünïcödé straße'})
case('long chain of filters', '{{ v|lower|title|cut:" "|truncatechars:6|upper }}', {'v': 'hello big world'})
case('escape then safe', '{{ v|escape|safe }}', {'v': '<a>'})
case('safe then escape', '{{ v|safe|escape }}', {'v': '<a>'})
case('force_escape twice', '{{ v|force_escape|force_escape }}', {'v': '<a>'})
case('escape twice', '{{ v|escape|escape }}', {'v': '<a>'})
case('linebreaks of safe text', '{{ v|safe|linebreaks }}', {'v': '<i>a</i>\nb'})
case('join of numbers', '{{ v|join:"+" }}', {'v': [1, 2, 3]})
case('join of a dict', '{{ v|join:"," }}', {'v': {'a': 1, 'b': 2}})
case('slice of a string', '{{ v|slice:"2:-1" }}', {'v': 'abcdef'})
case('first and last of text', '{{ v|first }}{{ v|last }}', {'v': 'xyz'})
case('first of an empty list', '[{{ v|first }}]', {'v': []})
case('last of an empty string', '[{{ v|last }}]', {'v': ''})
case('add a string number to an int', '{{ v|add:"3" }}', {'v': 4})
case('add text to text', '{{ v|add:"b" }}', {'v': 'a'})
case('add lists then join', '{{ a|add:b|join:"," }}', {'a': [1], 'b': [2, 3]})
case('floatformat of text numbers', '{{ a|floatformat }} {{ b|floatformat:2 }} {{ c|floatformat:"-3" }}',
     {'a': '34.23234', 'b': '34.00000', 'c': '34.26000'})
case('floatformat rounding half up', '{{ a|floatformat:1 }} {{ b|floatformat:0 }} {{ c|floatformat }}',
     {'a': 0.05, 'b': 2.5, 'c': -0.04})
case('filesizeformat sizes', '{{ a|filesizeformat }}|{{ b|filesizeformat }}|{{ c|filesizeformat }}|{{ d|filesizeformat }}',
     {'a': 1, 'b': 1023, 'c': 1024 * 1024 * 5 + 100, 'd': -2048})
case('divisibleby true and false', '{{ a|divisibleby:3 }} {{ b|divisibleby:"2" }}', {'a': 9, 'b': 7})
case('pluralize counts', '{{ a|pluralize }}{{ b|pluralize }}{{ c|pluralize:"es" }}{{ d|pluralize:"y,ies" }}',
     {'a': 0, 'b': 1, 'c': 2, 'd': 1})
case('pluralize of a list', 'vote{{ v|pluralize }}', {'v': [1]})
case('truncatewords keeps the words', '{{ v|truncatewords:2 }}', {'v': 'one  two\nthree four'})
case('truncatewords_html closes tags', '{{ v|truncatewords_html:2 }}', {'v': '<p>one <b>two three</b> four</p>'})
case('truncatechars_html closes tags', '{{ v|truncatechars_html:5 }}', {'v': '<p>one <b>two three</b></p>'})
case('urlize an email', '{{ v|urlize }}', {'v': 'write to me@example.com today'})
case('urlize with parentheses', '{{ v|urlize }}', {'v': '(see http://example.com/)'})
case('urlizetrunc', '{{ v|urlizetrunc:15 }}', {'v': 'http://www.example.com/a/very/long/path'})
case('urlencode with safe characters', '{{ v|urlencode:"/&" }}', {'v': 'a b/c&d?e'})
case('iriencode keeps reserved', '{{ v|iriencode }}', {'v': '/a b?x=ü&y=1'})
case('escapejs of quotes and tags', '{{ v|escapejs }}', {'v': '"a" <b> \'c\' \\ \n'})
case('json_script of a dict', '{{ v|json_script:"x" }}', {'v': {'a': '<b>', 'n': [1, 2]}})
case('stringformat variants', '{{ v|stringformat:"5d" }}|{{ v|stringformat:"-5d" }}|{{ v|stringformat:"x" }}|'
     '{{ v|stringformat:"o" }}|{{ v|stringformat:"s" }}', {'v': 42})
case('center ljust rjust', '[{{ v|center:7 }}][{{ v|ljust:5 }}][{{ v|rjust:5 }}]', {'v': 'ab'})
case('wordwrap long words', '{{ v|wordwrap:5 }}', {'v': 'a verylongword b c d e'})
case('wordcount', '{{ v|wordcount }}', {'v': ' a  b\nc '})
case('title of apostrophes and digits', '{{ v|title }}', {'v': "they're 1st class o'neil"})
case('capfirst of text starting with a digit', '{{ v|capfirst }}', {'v': '1abc'})
case('slugify of punctuation', '{{ v|slugify }}', {'v': ' Hello, World!  -- _x_ '})
case('cut of spaces from safe text', '{{ v|safe|cut:" " }}', {'v': '<a b>'})
case('addslashes', '{{ v|addslashes }}', {'v': 'I\'m "x" \\'})
case('linenumbers of many lines', '{{ v|linenumbers }}', {'v': '\n'.join('l%d' % i for i in range(11))})
case('make_list then join', '{{ v|make_list|join:"," }}', {'v': 'abc'})
case('phone2numeric', '{{ v|phone2numeric }}', {'v': '800-COLLECT'})
case('get_digit', '{{ v|get_digit:"2" }}{{ v|get_digit:"0" }}{{ v|get_digit:"5" }}', {'v': 987})
case('length_is', '{{ v|length_is:3 }} {{ v|length_is:"2" }}', {'v': 'abc'})
case('random of one element', '{{ v|random }}', {'v': ['only']})
case('date of text is empty', '[{{ v|date:"Y" }}][{{ v|time }}]', {'v': 'today'})
case('dictsort by a dotted key', '{% for p in v|dictsort:"a.b" %}{{ p.n }}{% endfor %}',
     {'v': [{'n': 1, 'a': {'b': 2}}, {'n': 2, 'a': {'b': 1}}]})
case('dictsort by a missing key', '[{{ v|dictsort:"zz" }}]', {'v': [{'n': 1}, {'n': 2}]})
case('dictsort of lists by index', '{% for p in v|dictsort:0 %}{{ p.1 }}{% endfor %}', {'v': [[2, 'b'], [1, 'a']]})
case('unordered_list flat', '{{ v|unordered_list }}', {'v': ['a', 'b']})
case('safeseq then join escapes nothing', '{{ v|safeseq|join:"<br>" }}', {'v': ['<a>', '&']})

# Inheritance, deeper.
case('block super twice', '{% extends "base" %}{% block a %}{{ block.super }}{{ block.super }}{% endblock %}', base=BASE)
case('child block inside a parent block', '{% extends "p" %}{% block inner %}[{{ block.super }}]{% endblock %}',
     p='<{% block outer %}({% block inner %}i{% endblock %}){% endblock %}>')
case('grandchild overrides the outer block', '{% extends "c" %}{% block outer %}O{% endblock %}',
     c='{% extends "p" %}{% block inner %}I{% endblock %}', p='<{% block outer %}({% block inner %}i{% endblock %})'
     '{% endblock %}>')
case('variables in a parent', '{% extends "p" %}{% block b %}{{ v }}{% endblock %}', {'v': '<x>'},
     p='{{ v }}|{% block b %}{% endblock %}')
case('with around a block in a child is ignored', '{% extends "base" %}{% with v=1 %}{% block a %}{{ v }}{% endblock %}'
     '{% endwith %}', base=BASE)
case('include inside a block', '{% extends "base" %}{% block a %}{% include "inc" %}{% endblock %}', {'v': 3},
     base=BASE, inc='[{{ v }}]')
case('included template extends', '{% include "inc" %}', inc='{% extends "base" %}{% block b %}ib{% endblock %}',
     base=BASE)
case('include with a filtered value', '{% include "inc" with v=w|upper %}', {'w': 'a'}, inc='{{ v }}')
case('include with several values', '{% include "inc" with a=1 b="x" %}', inc='{{ a }}{{ b }}')
case('include with only and no values', '{% include "inc" only %}', {'v': 1}, inc='[{{ v }}]')
case('include with and nothing after it', '{% include "inc" with %}', inc='x')
case('include of a template with a missing include', '{% include "inc" %}', inc='{% include "nope" %}')
case('include of an empty name', '{% include v %}', {'v': ''})
case('include without a name', '{% include %}')
case('extends without a name', '{% extends %}')
case('extends an empty variable', '{% extends v %}', {'v': ''})
case('block without a name', '{% block %}{% endblock %}')
case('block with two names', '{% block a b %}{% endblock %}')
case('unclosed block', '{% block a %}x')
case('endblock without block', '{% endblock %}')
case('extends with text after a block', '{% extends "base" %}{% block a %}a{% endblock %} tail', base=BASE)
case('cycle in an included template inside a loop', '{% for x in v %}{% include "inc" %}{% endfor %}',
     {'v': [1, 2, 3]}, inc='{% cycle "a" "b" %}')
case('ifchanged in a loop of dicts', '{% for p in v %}{% ifchanged p.city %}<h2>{{ p.city }}</h2>{% endifchanged %}'
     '{{ p.name }}{% endfor %}', {'v': PEOPLE})
case('regroup with a filter on the key', '{% regroup v by name|lower as g %}{% for x in g %}{{ x.grouper }}{% endfor %}',
     {'v': PEOPLE})
case('spaceless keeps text spaces', '{% spaceless %}<p> a  b </p>  <p>c</p>{% endspaceless %}')
case('spaceless of a variable', '{% spaceless %}{{ v }}{% endspaceless %}', {'v': '<a> </a>'})
case('verbatim with a variable inside', '{% verbatim %}{{ v }}{% endverbatim %}{{ v }}', {'v': 1})
case('comment with tags inside that are broken', '{% comment %}{% for %}{% endcomment %}ok')
case('widthratio with a float result', '{% widthratio a b 100 %}', {'a': 1, 'b': 3})
case('widthratio with text numbers', '{% widthratio a b c %}', {'a': '50', 'b': '100', 'c': '10'})
case('widthratio half to even', '{% widthratio 5 100 50 %}|{% widthratio 15 100 10 %}')
case('templatetag in a sentence', 'Write {% templatetag openvariable %} x {% templatetag closevariable %}.')
case('now with a quoted escape', '{% now "\\Y" %}')
case('lorem one word', '{% lorem 1 w %}')
case('lorem nineteen words', '{% lorem 19 w %}')
case('lorem from a variable', '{% lorem n w %}', {'n': 4})
case('lorem one plain paragraph', '{% lorem 1 b %}')
case('csrf_token escapes the token', '{% csrf_token %}', {'csrf_token': '"><script>'})
case('csrf_token NOTPROVIDED', '[{% csrf_token %}]', {'csrf_token': 'NOTPROVIDED'})
case('with several assignments and as', '{% with a as b %}{% endwith %}')
case('with value as name and more', '{% with a as b c=1 %}{% endwith %}')
case('firstof all missing', '[{% firstof a b c %}]')
case('firstof autoescape off', '{% autoescape off %}{% firstof v %}{% endautoescape %}', {'v': '<a>'})
case('cycle with a filter', '{% for x in v %}{% cycle "a"|upper "b" %}{% endfor %}', {'v': [1, 2]})
case('cycle used outside a loop twice', '{% cycle "a" "b" %}{% cycle "a" "b" %}')
case('for over a list of dicts items', '{% for d in v %}{% for k, x in d.items %}{{ k }}{{ x }}{% endfor %}{% endfor %}',
     {'v': [{'a': 1}, {'b': 2}]})
case('for with an empty string', '{% for c in v %}x{% empty %}empty{% endfor %}', {'v': ''})
case('for reversed over text', '{% for c in v reversed %}{{ c }}{% endfor %}', {'v': 'abc'})
case('for with filters on the sequence', '{% for x in v|slice:":2" %}{{ x }}{% endfor %}', {'v': [1, 2, 3]})
case('for loop variable shadows and restores', '{{ x }}{% for x in v %}{{ x }}{% endfor %}{{ x }}', {'x': 'o', 'v': [1]})
case('forloop outside a loop', '[{{ forloop.counter }}]')
case('variable with a dash', '{{ a-b }}', {'a': 1})
case('variable that is a number with a dot', '{{ 1.a }}')
# Django calls Python's str.upper(); Java's String has no such method.
case('variable attribute of a string', '{{ v.upper }}', {'v': 'abc'}, python=True)
case('dict method keys', '{% for k in v.keys %}{{ k }}{% endfor %}', {'v': {'a': 1, 'b': 2}})
case('dict key shadows a method', '{{ v.items }}', {'v': {'items': 'mine'}})
case('list negative index', '[{{ v.-1 }}]', {'v': [1, 2]})
case('deep missing attribute', '[{{ a.b.c.d }}]', {'a': {'b': None}})
case('literal True False None', '{{ True }}{{ False }}', {})
case('string literal with filter and argument', '{{ "hello world"|truncatewords:1 }}')
case('number literal with filter', '{{ 5|add:"5" }}')
case('negative number literal', '{{ -5|add:2 }}')
case('variable named like a keyword', '{{ in }}{{ not }}', {'in': 1, 'not': 2})


# A third batch: tags given odd arguments, and values of every kind in every tag that takes one.
KINDS = [('text', 'ab'), ('number', 3), ('zero', 0), ('none', None), ('list', [1, 2]), ('empty list', []),
         ('dict', {'a': 1}), ('true', True), ('html', '<i>')]
for kname, value in KINDS:
    ctx = {'v': value}
    py = kname in ('none', 'list', 'dict')
    case('print a %s' % kname, '[{{ v }}]', ctx, python=py)
    case('if on a %s' % kname, '{% if v %}t{% else %}f{% endif %}', ctx)
    case('for over a %s' % kname, '{% for x in v %}[{{ x }}]{% empty %}e{% endfor %}', ctx)
    case('with a %s' % kname, '{% with x=v %}[{{ x }}]{% endwith %}', ctx, python=py)
    case('firstof a %s' % kname, '[{% firstof v "no" %}]', ctx, python=py)
    case('cycle a %s' % kname, '{% cycle v "-" %}{% cycle v "-" %}', ctx, python=py)
    case('ifchanged on a %s' % kname, '{% for x in "ab" %}{% ifchanged v %}c{% else %}s{% endifchanged %}{% endfor %}',
         ctx)
    case('include with a %s' % kname, '{% include "inc" with x=v %}', ctx, python=py, inc='[{{ x }}]')
    case('widthratio of a %s' % kname, '[{% widthratio v 10 100 %}]', ctx)
    case('lorem count a %s' % kname, '{% lorem v w %}', ctx)
    case('regroup a %s' % kname, '{% regroup v by a as g %}[{{ g|length }}]', ctx)
    case('length of a %s' % kname, '{{ v|length }}', ctx)
    case('in with a %s' % kname, '{% if 1 in v %}in{% else %}out{% endif %}', ctx)
    case('equal to itself, a %s' % kname, '{% if v == v %}same{% endif %}', ctx)
    case('compare a %s with 1' % kname, '{% if v > 1 %}gt{% else %}le{% endif %}', ctx, python=kname == 'true')
    case('is None on a %s' % kname, '{% if v is None %}none{% else %}value{% endif %}', ctx)
    case('yesno of a %s' % kname, '{{ v|yesno }}', ctx)
    case('default of a %s' % kname, '[{{ v|default:"d" }}]', ctx, python=py)
    case('extends a %s' % kname, '{% extends v %}', ctx, base=BASE)
    case('include a %s' % kname, '[{% include v %}]', ctx)

for bad in ['{% for %}{% endfor %}', '{% for x in %}{% endfor %}', '{% for in v %}{% endfor %}',
            '{% for x in v extra %}{% endfor %}', '{% for x, in v %}{% endfor %}', '{% for x in v %}{% else %}{% endfor %}',
            '{% if a %}{% else %}{% else %}{% endif %}', '{% if a %}{% elif %}{% endif %}', '{% if a == b == %}{% endif %}',
            '{% if a in %}{% endif %}', '{% if not in a %}{% endif %}', '{% if a is %}{% endif %}',
            '{% with a=1 b %}{% endwith %}', '{% with =1 %}{% endwith %}', '{% with a= %}{% endwith %}',
            '{% include "inc" with a %}', '{% include "inc" only with a=1 %}', '{% include "inc" only only %}',
            '{% extends "base" "x" %}', '{% block a %}{% block a %}{% endblock %}{% endblock %}',
            '{% autoescape %}{% endautoescape %}', '{% autoescape on off %}{% endautoescape %}',
            '{% spaceless x %}{% endspaceless %}', '{% csrf_token x %}', '{% templatetag openblock x %}',
            '{% widthratio a %}', '{% widthratio a b c d e %}', '{% widthratio a b c as %}', '{% now "Y" "m" %}',
            '{% now "Y" as %}', '{% lorem 1 2 3 4 %}', '{% lorem 2 x %}', '{% regroup %}',
            '{% regroup a by b as %}', '{% cycle "a" "b" as %}', '{% cycle "a" as x silent %}', '{% resetcycle a b %}',
            '{% firstof a as %}', '{% filter %}{% endfilter %}', '{% filter nope %}{% endfilter %}',
            '{% filter upper:"x" %}{% endfilter %}', '{% ifchanged %}{% else %}{% else %}{% endifchanged %}',
            '{% comment %}{% endcomment x %}', '{% verbatim %}{% endverbatim x %}', '{% load %}',
            '{{ v|default:"a"|}}', '{{ v| }}', '{{ |upper }}', '{{ v||upper }}', '{{ v|upper:}}', '{{ "unclosed }}',
            '{{ v.}}', '{{ .v }}', '{{ v..w }}', '{{ v|default:"a":"b" }}', '{{ v w }}', '{{ v|cut:" " "x" }}',
            '{% endfor %}', '{% empty %}', '{% elif a %}', '{% endwith %}', '{% endautoescape %}']:
    case('syntax: ' + bad, 'x ' + bad + ' y', {'v': 1, 'a': 1}, inc='i', base=BASE)


# Dates: a context value {"$datetime": "..."}, {"$date": "..."} or {"$time": "..."} is a datetime, date or
# time on both sides (java.time's LocalDateTime, LocalDate, LocalTime in the kit).
DT = {'$datetime': '2026-01-03T14:05:09.000123'}
MIDNIGHT = {'$datetime': '2024-12-31T00:00:00'}
NOON = {'$datetime': '2021-02-11T12:00:00'}
DAY = {'$date': '2023-11-22'}
TIME = {'$time': '09:30:00'}
for c in 'aAbcdDeEfFgGhHiIjlLmMnNoOPrsStTUuwWyYzZ':
    for vname, value in [('datetime', DT), ('midnight', MIDNIGHT), ('noon', NOON), ('date', DAY), ('time', TIME)]:
        case('date format %s on a %s' % (c, vname), '{{ v|date:"%s" }}' % c, {'v': value})
for fmt in ['', 'Y-m-d H:i', 'D, j M Y', 'jS F Y', '\\Y\\e\\s Y', 'l \\t\\h\\e jS', 'N j, Y, P']:
    for vname, value in [('datetime', DT), ('date', DAY)]:
        case('date "%s" on a %s' % (fmt, vname), '{{ v|date:"%s" }}' % fmt, {'v': value})
for vname, value in [('datetime', DT), ('midnight', MIDNIGHT), ('noon', NOON), ('time', TIME), ('date', DAY)]:
    case('time filter on a %s' % vname, '{{ v|time }}|{{ v|time:"H:i" }}', {'v': value})
for later in ['2026-01-03T14:05:09', '2026-01-03T15:00:00', '2026-01-05T14:05:09', '2026-03-01T00:00:00',
              '2027-06-01T00:00:00', '2030-01-03T14:05:10', '2025-01-01T00:00:00']:
    ctx = {'a': {'$datetime': '2026-01-03T14:05:09'}, 'b': {'$datetime': later}}
    case('timesince to %s' % later, '{{ a|timesince:b }}', ctx)
    case('timeuntil from %s' % later, '{{ b|timeuntil:a }}', ctx)
case('timesince of dates', '{{ a|timesince:b }}', {'a': {'$date': '2026-01-01'}, 'b': {'$date': '2026-02-15'}})
case('date in a loop of dicts', '{% for q in v %}{{ q.pub|date:"Y-m-d" }} {% endfor %}',
     {'v': [{'pub': DT}, {'pub': DAY}]})
case('date compared in if', '{% if a < b %}earlier{% endif %}', {'a': DAY, 'b': {'$date': '2024-01-01'}})
case('a datetime printed', '{{ v }}', {'v': DT})
case('a time printed', '{{ v }}', {'v': TIME})
case('a date printed', '{{ v }}', {'v': DAY})
case('now as a variable', '{% now "Y" as y %}{% if y %}set{% endif %}')


# Operators on values of mixed kinds.
OPERANDS = [('1', 1), ('"1"', '1'), ('"ab"', 'ab'), ('0', 0), ('1.5', 1.5), ('list', [1, 'a']), ('dict', {'a': 1}),
            ('none', None), ('missing', 'MISSING'), ('empty', '')]
for lname, lvalue in OPERANDS:
    for rname, rvalue in OPERANDS:
        for op in ['==', '<', 'in']:
            ctx = {}
            left = 'x' if lname in ('list', 'dict', 'none', 'missing') else lname
            right = 'y' if rname in ('list', 'dict', 'none', 'missing') else rname
            if lname in ('list', 'dict', 'none'):
                ctx['x'] = lvalue
            if rname in ('list', 'dict', 'none'):
                ctx['y'] = rvalue
            case('operator %s %s %s' % (lname, op, rname), '{% if ' + left + ' ' + op + ' ' + right + ' %}t{% else %}f'
                 '{% endif %}', ctx)


def python_values(value):
    """The JSON context with its {"$datetime": ...} markers turned into Python dates."""
    if isinstance(value, dict):
        if len(value) == 1 and '$datetime' in value:
            return datetime.datetime.fromisoformat(value['$datetime'])
        if len(value) == 1 and '$date' in value:
            return datetime.date.fromisoformat(value['$date'])
        if len(value) == 1 and '$time' in value:
            return datetime.time.fromisoformat(value['$time'])
        return {k: python_values(v) for k, v in value.items()}
    if isinstance(value, list):
        return [python_values(v) for v in value]
    return value


# region: render-case
def render(c):
    engine = Engine(loaders=[('django.template.loaders.locmem.Loader', c['templates'])], autoescape=True,
                    string_if_invalid='', debug=False, libraries={'static': 'django.templatetags.static'})
    phase = 'load'
    try:
        template = engine.get_template('main')
        phase = 'render'
        return {'output': template.render(Context(python_values(c['context']), autoescape=True))}
    except TemplateSyntaxError:
        return {'error': 'syntax', 'phase': phase}
    except TemplateDoesNotExist:
        return {'error': 'missing', 'phase': phase}
    except Exception:  # noqa: BLE001 - any other failure is recorded as "other"
        return {'error': 'other', 'phase': phase}
# endregion


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
        print('wrote %d cases to %s' % (len(CASES), OUT))
