package org.ancrage.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One login attempt: when, which user name (as typed, even when no such account exists), from
 * which address, through which door, and whether it succeeded. Written once, never updated: a login
 * is an event, not a change of the account (whose version it would bump).
 */
@Entity
@Table(name = "login_event")
public class LoginEvent {

    /** The door a login came through. */
    public enum Door { CONSOLE, API, PASSWORD_CHANGE }

    public static final int ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_event")
    @SequenceGenerator(name = "login_event", sequenceName = "login_event_seq", allocationSize = 100)
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "username", length = UserAccount.USERNAME_LENGTH, nullable = false)
    private String username;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "address", length = ADDRESS_LENGTH, nullable = false)
    private String address;

    @Column(name = "door", length = 16, nullable = false)
    private String door;

    @Column(name = "success", nullable = false)
    private boolean success;

    protected LoginEvent() {
    }

    LoginEvent(Instant at, String username, Long accountId, String address, Door door, boolean success) {
        this.at = at;
        this.username = username;
        this.accountId = accountId;
        this.address = address;
        this.door = door.name();
        this.success = success;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public String getDoor() {
        return door;
    }

    public boolean isSuccess() {
        return success;
    }
}
