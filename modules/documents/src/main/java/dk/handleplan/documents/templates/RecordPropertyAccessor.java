package dk.handleplan.documents.templates;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;

/**
 * Reads the components of Handleplan's records ({@code ${tree.plan.title}}) through accessors looked up
 * once per record type. OGNL finds no JavaBean getter on a record, so for every read it lists all public
 * methods of the class and compares their names case-insensitively: profiling the plan page showed that
 * to be the largest single cost of rendering. Anything else (other classes, methods that are not
 * components, records outside dk.handleplan, records that are not public) goes to OGNL's own rules, so
 * Thymeleaf's restrictions on what a template may reach are unchanged.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private static final String OWN_PACKAGES = "dk.handleplan.";
    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            if (!type.isRecord() || !type.getName().startsWith(OWN_PACKAGES)) {
                return Map.of();
            }
            Map<String, MethodHandle> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    accessors.put(component.getName(),
                            MethodHandles.publicLookup().unreflect(component.getAccessor()).asType(READ));
                } catch (IllegalAccessException notPublic) {
                    return Map.of();
                }
            }
            return Map.copyOf(accessors);
        }
    };

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (target != null && name instanceof String component) {
            MethodHandle accessor = COMPONENTS.get(target.getClass()).get(component);
            if (accessor != null) {
                try {
                    return (Object) accessor.invokeExact(target);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new OgnlException(component, e);
                }
            }
        }
        return super.getProperty(context, target, name);
    }

    /** True when {@code type} is read through the cached accessors (for the tests). */
    static boolean readsDirectly(Class<?> type) {
        return !COMPONENTS.get(type).isEmpty();
    }
}
