package dk.handleplan.access;

import dk.handleplan.kernel.NoCpr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account: a username (letters, digits, dot, dash, underscore), an initial password that the
 * user must change at first sign-in, an optional link to a person, and whether it administers.
 */
@NoCpr
public record UserInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
        @NotBlank @Size(min = UserService.MIN_PASSWORD, max = UserService.MAX_PASSWORD) String password,
        Long personId,
        boolean administrator) {

    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public UserInput(String username, String password, Long personId, boolean administrator) {
        this.username = username;
        this.password = password;
        this.personId = personId;
        this.administrator = administrator;
    }

    @Override
    public String toString() {
        return "UserInput[username=" + username + ", personId=" + personId + ", administrator=" + administrator + "]";
    }
}
