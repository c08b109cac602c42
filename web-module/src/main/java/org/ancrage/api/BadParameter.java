package org.ancrage.api;

/**
 * A query parameter, header or body field the API cannot take: answered 400 by {@link ApiErrors}
 * with the parameter named in {@code fields}, never a 404 or a 500.
 */
public class BadParameter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String messageKey;
    private final transient Object[] arguments;

    /**
     * @param parameter the name the caller used ({@code page}, {@code Accept-Language}, {@code members[0].lastName})
     * @param messageKey the bundle key of the text saying what is wrong with it
     */
    public BadParameter(String parameter, String messageKey, Object... arguments) {
        super(parameter + ": " + messageKey);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
