package org.ancrage.console.security;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Declared in faces-config.xml after PrimeFaces' factory, which it wraps: see {@link RoleRefusalExceptionHandler}. */
public class RoleRefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RoleRefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RoleRefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
