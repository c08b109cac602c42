/** The staff console (Faces + PrimeFaces): one sub-package per business component, and its messages. */
package org.ancrage.console;
