/**
 * Access: sign-in accounts (username, PBKDF2 password hash, link to a person, administrator flag,
 * active, must change password, failed sign-ins and lock) and supervisors' time-limited access. API: {@link dk.handleplan.access.UserService}. Depends on people. Only the application
 * uses it. Tables: {@code acc_*}.
 */
package dk.handleplan.access;
