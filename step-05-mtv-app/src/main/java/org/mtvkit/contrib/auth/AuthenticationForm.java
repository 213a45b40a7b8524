package org.mtvkit.contrib.auth;

import java.util.Optional;
import org.mtvkit.forms.CharField;
import org.mtvkit.forms.Form;
import org.mtvkit.forms.FormData;
import org.mtvkit.forms.PasswordField;
import org.mtvkit.forms.ValidationError;

/** Django's {@code AuthenticationForm}: a username and a password that must belong to an active user. */
public final class AuthenticationForm extends Form {

    /** The only thing a failed login says: not which of the two was wrong, nor whether the user exists. */
    public static final String INVALID_LOGIN =
            "Please enter a correct username and password. Note that both fields may be case-sensitive.";

    private final Auth auth;
    private Optional<User> user = Optional.empty();

    public AuthenticationForm(Auth auth) {
        this.auth = auth;
        declare();
    }

    public AuthenticationForm(Auth auth, FormData data) {
        super(data);
        this.auth = auth;
        declare();
    }

    private void declare() {
        field("username", new CharField().maxLength(150));
        field("password", new PasswordField());
    }

    // region: authentication-form
    @Override
    protected void clean() {
        Optional<String> username = cleaned("username", String.class);
        Optional<String> password = cleaned("password", String.class);
        if (username.isPresent() && password.isPresent()) {
            user = auth.authenticate(username.get(), password.get());
            if (user.isEmpty()) {
                throw new ValidationError(INVALID_LOGIN);
            }
        }
    }
    // endregion

    /** The user the form authenticated; empty unless it is valid. */
    public Optional<User> user() {
        return isValid() ? user : Optional.empty();
    }
}
