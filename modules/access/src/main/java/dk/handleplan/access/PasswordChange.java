package dk.handleplan.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A user's own password change: the current password and the new one (at least 12 characters). */
public record PasswordChange(
        @NotNull String currentPassword,
        @NotNull @Size(min = UserService.MIN_PASSWORD, max = UserService.MAX_PASSWORD) String newPassword) {

    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public PasswordChange(String currentPassword, String newPassword) {
        this.currentPassword = currentPassword;
        this.newPassword = newPassword;
    }

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
