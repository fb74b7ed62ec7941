package dk.flis.driftsstatus.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * What templates may call on the objects they are given: the public methods that this program's
 * own types declare (the view records' accessors and helpers such as {@code page.href}), nothing
 * else. FreeMarker's default lets a template walk from any object to {@code getClass()} and on to
 * class loaders and protection domains; a theme has no business there.
 */
final class OwnTypesOnlyAccessPolicy implements MemberAccessPolicy {
    private static final String OWN_PACKAGE = "dk.flis.driftsstatus.";
    private static final ClassMemberAccessPolicy NOTHING = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return false;
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };
    private static final ClassMemberAccessPolicy OWN_METHODS = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            return isOwn(method.getDeclaringClass()) && !Modifier.isStatic(method.getModifiers());
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        return isOwn(contextClass) ? OWN_METHODS : NOTHING;
    }

    /** Printing a value (a date, an enum) calls toString, which reaches nothing further. */
    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }

    private static boolean isOwn(Class<?> type) {
        return type.getName().startsWith(OWN_PACKAGE);
    }
}
