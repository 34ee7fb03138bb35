package org.leadbureau.portal.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.time.ClockProducer;

/**
 * What a session holds must survive its copy to another node of the cluster (web.xml is distributable): every
 * session and view scoped bean of the portal, found in the compiled classes, is Serializable and each of its fields
 * is of a serialisable type, checked down through the portal's own types. An injected field is a container proxy that
 * is serialised with the bean, so it must not be transient (it would be null on the other node) and must be a
 * normal-scoped bean or a session bean (or serialisable itself).
 */
class SessionStateTest {

    private static final String PORTAL = "org.leadbureau.portal.";
    private static final List<Class<? extends Annotation>> SESSION_SCOPES = List.of(SessionScoped.class,
            ViewScoped.class, org.omnifaces.cdi.ViewScoped.class);
    /** Interfaces whose implementations in a bean's fields are the JDK's serialisable ones. */
    private static final Set<Class<?>> JDK_CONTAINERS = Set.of(List.class, Map.class, Set.class, Collection.class);

    private static List<Class<?>> classes;
    /** The interfaces of normal-scoped and session beans, and the types of normal-scoped producers. */
    private static final Set<Class<?>> PROXIED = new HashSet<>();

    @BeforeAll
    static void scan() throws Exception {
        classes = new ArrayList<>();
        for (Class<?> anchor : List.of(PagedTableModel.class, ClockProducer.class)) {
            classes.addAll(classesBeside(anchor));
        }
        for (Class<?> type : classes) {
            if (proxied(type)) {
                PROXIED.addAll(List.of(type.getInterfaces()));
            }
            for (var method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Produces.class) && normalScoped(method)) {
                    PROXIED.add(method.getReturnType());
                }
            }
        }
    }

    private static List<Class<?>> classesBeside(Class<?> anchor) throws IOException, URISyntaxException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        // A folder of classes, or (in a build that packaged the EJB module first, as mvn verify does) a jar.
        if (Files.isRegularFile(location)) {
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return classesUnder(jar.getPath("/"));
            }
        }
        return classesUnder(location);
    }

    private static List<Class<?>> classesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/').replace('/', '.'))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info"))
                    .map(SessionStateTest::load).filter(Objects::nonNull).toList();
        }
    }

    /** The class, or null for one the web module cannot see (it names a library of the EJB module only). */
    private static Class<?> load(String name) {
        try {
            Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
            type.getDeclaredMethods();
            type.getDeclaredFields();
            return type;
        } catch (ClassNotFoundException | LinkageError notVisibleHere) {
            return null;
        }
    }

    private static boolean proxied(Class<?> type) {
        return PROXIED.contains(type) || normalScoped(type) || type.isAnnotationPresent(Stateless.class)
                || type.isAnnotationPresent(Singleton.class);
    }

    private static boolean normalScoped(AnnotatedElement element) {
        return Stream.of(element.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(NormalScope.class));
    }

    private static List<Class<?>> sessionBeans() {
        return classes.stream().filter(type -> SESSION_SCOPES.stream().anyMatch(type::isAnnotationPresent)).toList();
    }

    @Test
    void theScanFindsTheViews() {
        assertFalse(sessionBeans().isEmpty());
        assertFalse(PROXIED.isEmpty());
    }

    @Test
    void everySessionAndViewScopedBeanSurvivesACopyToAnotherNode() {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : sessionBeans()) {
            check(bean, bean.getName(), problems, new HashSet<>());
            for (Class<?> type = bean; type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Inject.class) && Modifier.isTransient(field.getModifiers())) {
                        problems.add(where(field) + ": injected and transient, so null after a copy");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A value of this type, held by {@code path}, serialises (its declared type and, for the portal's, its fields). */
    private static void check(Type declared, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(declared)) {
            return;
        }
        if (declared instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, seen);
            // The values of a container or of a table model (its rows) are held with it.
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (!(declared instanceof Class<?> type) || type.isPrimitive() || JDK_CONTAINERS.contains(type)) {
            return;
        }
        if (type.isArray()) {
            check(type.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        if (!type.getName().startsWith(PORTAL) || type.isEnum()) {
            return;
        }
        for (Class<?> owner = type; owner != null && owner.getName().startsWith(PORTAL); owner = owner.getSuperclass()) {
            for (Field field : owner.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                if (field.isAnnotationPresent(Inject.class) && proxied(field.getType())) {
                    continue;
                }
                check(field.getGenericType(), where(field), problems, seen);
            }
        }
    }

    private static String where(Member field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }
}
