package org.mtvkit.template.freemarker;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.mtvkit.template.SafeString;

/**
 * FreeMarker's object wrapper, set up to read what our engine reads (records' components, public fields),
 * and to pass a {@link SafeString} through unescaped, as our engine does.
 */
final class SafeStringWrapper extends DefaultObjectWrapper {

    SafeStringWrapper() {
        super(Configuration.VERSION_2_3_34);
        setExposeFields(true);
        setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof SafeString safe) {
            return DjangoHtmlOutputFormat.INSTANCE.fromMarkup(safe.html());
        }
        return super.handleUnknownType(object);
    }
}
