package nl.ikcatlas.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the views reach the templates. A view is a record whose methods take no arguments, which a template
 * calls as {@code p.name()}; such a record becomes a hash of those methods, each looked up once per class,
 * instead of FreeMarker's general bean model, which looks for the right method among overloads on every
 * call. Everything else (strings, numbers, lists, maps, other objects) is wrapped as FreeMarker's default
 * wrapper does, lists and maps as adapters.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    /** Per record class, its methods by name; empty for a class left to the default wrapper. */
    private final Map<Class<?>, Optional<Map<String, Method>>> methods = new ConcurrentHashMap<>();

    ViewWrapper() {
        super(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        setUseAdaptersForContainers(true);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record) {
            Optional<Map<String, Method>> of = methods.computeIfAbsent(obj.getClass(), ViewWrapper::methodsOf);
            if (of.isPresent()) {
                return new RecordModel(obj, of.get());
            }
        }
        return super.handleUnknownType(obj);
    }

    /** The public methods without arguments of a public record, or empty when it has others a template may call. */
    private static Optional<Map<String, Method>> methodsOf(Class<?> type) {
        if (!isPublic(type)) {
            return Optional.empty();
        }
        Map<String, Method> byName = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (m.getParameterCount() > 0) {
                return Optional.empty();
            }
            if (m.getReturnType() != void.class) {
                byName.put(m.getName(), m);
            }
        }
        return Optional.of(Map.copyOf(byName));
    }

    /** {@code equals}, {@code hashCode}, {@code toString} and the rest of {@link Object}'s, also where a record declares them. */
    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** A view record: {@code get(name)} is its method {@code name}, for the template to call. */
    private final class RecordModel implements TemplateHashModel, AdapterTemplateModel,
            freemarker.ext.util.WrapperTemplateModel {
        private final Object record;
        private final Map<String, Method> methods;

        RecordModel(Object record, Map<String, Method> methods) {
            this.record = record;
            this.methods = methods;
        }

        @Override
        public TemplateModel get(String key) {
            Method method = methods.get(key);
            return method == null ? null : new Call(record, method);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }

    /** A method of a view record, called from a template without arguments. */
    private final class Call implements TemplateMethodModelEx {
        private final Object record;
        private final Method method;

        Call(Object record, Method method) {
            this.record = record;
            this.method = method;
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (!arguments.isEmpty()) {
                throw new TemplateModelException(record.getClass().getSimpleName() + "." + method.getName()
                        + "() takes no arguments, but was given " + arguments.size());
            }
            try {
                return wrap(method.invoke(record));
            } catch (IllegalAccessException e) {
                throw new TemplateModelException("cannot call " + method, e);
            } catch (InvocationTargetException e) {
                throw new TemplateModelException(method.getName() + "() failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
