package nl.ikcatlas.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the views reach the templates. A view is a record whose methods take no arguments, which a template
 * calls as {@code p.name()}; such a record becomes a hash of those methods, each looked up once per class,
 * instead of FreeMarker's general bean model, which looks for the right method among overloads on every
 * call. Everything else (strings, numbers, lists, maps, other objects) is wrapped as FreeMarker's default
 * wrapper does, lists and maps as adapters.
 *
 * <p>Values are told apart by their class alone, which is looked up once per class. The
 * default wrapper tests each value against interfaces one after another, and on Java 17 every successful test
 * against another interface than the last one of the same class writes to that class's shared type cache: on
 * several rendering threads those writes make the processors wait for each other. For the same reason a
 * record's method is a plain {@link TemplateMethodModel}, which FreeMarker tests once, not twice.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    /** How a value of each class is wrapped, chosen once per class. */
    private final ClassValue<Wrapping> wrappings = new ClassValue<>() {
        @Override
        protected Wrapping computeValue(Class<?> type) {
            return wrapping(type);
        }
    };

    /** How the values of one class become template models. */
    private interface Wrapping {
        TemplateModel wrap(Object value) throws TemplateModelException;
    }

    ViewWrapper() {
        super(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        setUseAdaptersForContainers(true);
        writeProtect();
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        return obj == null ? super.wrap(null) : wrappings.get(obj.getClass()).wrap(obj);
    }

    /** As the default wrapper would wrap a value of {@code type}, except public records of views. */
    private Wrapping wrapping(Class<?> type) {
        if (type == String.class) {
            return value -> new SimpleScalar((String) value);
        }
        if (type == Integer.class || type == Long.class || type == Double.class) {
            return value -> new SimpleNumber((Number) value);
        }
        if (type == Boolean.class) {
            return value -> (Boolean) value ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        }
        if (List.class.isAssignableFrom(type)) {
            return value -> DefaultListAdapter.adapt((List<?>) value, this);
        }
        Map<String, Method> methods = type.isRecord() ? methodsOf(type) : null;
        if (methods != null) {
            return value -> new RecordModel(value, methods);
        }
        return super::wrap;
    }

    /** The public methods without arguments of a public record, or null when it has others a template may call. */
    private static Map<String, Method> methodsOf(Class<?> type) {
        if (!isPublic(type)) {
            return null;
        }
        Map<String, Method> byName = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (m.getParameterCount() > 0) {
                return null;
            }
            if (m.getReturnType() != void.class) {
                m.setAccessible(true); // public already: this only spares the access check on every call
                byName.put(m.getName(), m);
            }
        }
        return Map.copyOf(byName);
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
    @SuppressWarnings("deprecation") // TemplateMethodModelEx would be tested for as well: see the class comment
    private final class Call implements TemplateMethodModel {
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
