package org.mtvkit.forms;

/**
 * A password: an {@code <input type="password">} that never shows what was typed when the form comes
 * back with errors (Django's {@code PasswordInput(render_value=False)}), and is never trimmed.
 */
public class PasswordField extends CharField {

    public PasswordField() {
        strip(false);
    }

    @Override
    protected String inputType() {
        return "password";
    }

    @Override
    protected boolean rendersValue() {
        return false;
    }
}
