package org.ancrage.jobs;

import java.lang.reflect.Field;

/** Sets what the container would inject into a batch artifact, so that its rules run without one. */
public final class JobTestSupport {

    private JobTestSupport() {
    }

    public static void set(Object artifact, String field, Object value) {
        for (Class<?> type = artifact.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field declared = type.getDeclaredField(field);
                declared.setAccessible(true);
                declared.set(artifact, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(artifact.getClass().getSimpleName() + " has no field " + field);
    }
}
