package org.ancrage.security;

import java.time.Duration;

/**
 * When login attempts are refused without even checking the password. Failures are counted per
 * (user name, address) and per address, never per account alone: an attacker who hammers the
 * administrator's name locks out only their own address, while the administrator, from an address
 * that has not been failing, still logs in with the right password. Unknown and existing user names
 * are counted alike, so the throttle tells nobody which accounts exist.
 *
 * <ul>
 * <li>{@link #PER_USER_AND_ADDRESS} failures for one user name from one address within
 * {@link #WINDOW} (since the last success from there): that pair waits until the window passes;</li>
 * <li>{@link #PER_ADDRESS} failures from one address within the window, whatever the user names
 * (one address trying many names): the address waits likewise.</li>
 * </ul>
 * A refused attempt is not counted, so the wait ends at most {@link #WINDOW} after the last real try.
 */
public final class LoginThrottle {

    public static final int PER_USER_AND_ADDRESS = UserAccount.MAX_FAILURES;
    public static final int PER_ADDRESS = 100;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** Whether attempts with these recent failure counts are refused. */
    public static boolean refuses(long failuresOfUserFromAddress, long failuresFromAddress) {
        return failuresOfUserFromAddress >= PER_USER_AND_ADDRESS || failuresFromAddress >= PER_ADDRESS;
    }
}
