package org.leadbureau.portal.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;

/**
 * The JAX-RS resource methods of the deployed WAR, read from its class files (as the server's OpenAPI scanner reads
 * them, without loading them): "METHOD /path" with the application path and the templates' regular expressions left
 * out, e.g. "GET /api/staff/visits/{id}".
 */
final class ResourceMethods {

    private static final String RS = "jakarta.ws.rs.";
    private static final DotName PATH = DotName.createSimple(RS + "Path");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private ResourceMethods() {
    }

    /** The WAR inside the EAR the tests deploy. */
    static byte[] deployedWar() {
        try (ZipFile ear = new ZipFile(Path.of(System.getProperty("portal.ear")).toFile())) {
            ZipEntry war = ear.stream().filter(entry -> entry.getName().endsWith(".war")).findFirst().orElseThrow();
            try (InputStream in = ear.getInputStream(war)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> inWar(byte[] war) {
        Index index = index(war);
        String application = index.getAnnotations(DotName.createSimple(RS + "ApplicationPath")).stream()
                .map(annotation -> annotation.value().asString()).findFirst().orElseThrow();
        Set<String> methods = new TreeSet<>();
        for (String httpMethod : HTTP_METHODS) {
            for (AnnotationInstance annotation : index.getAnnotations(DotName.createSimple(RS + httpMethod))) {
                MethodInfo method = annotation.target().asMethod();
                methods.add(httpMethod + " " + path(application, path(method.declaringClass().declaredAnnotation(PATH)),
                        path(method.declaredAnnotation(PATH))));
            }
        }
        return methods;
    }

    private static String path(AnnotationInstance annotation) {
        return annotation == null ? "" : annotation.value().asString();
    }

    private static String path(String... segments) {
        String joined = ("/" + String.join("/", segments)).replaceAll("/+", "/").replaceAll("\\{(\\w+):[^}]*}", "{$1}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Index index(byte[] war) {
        Indexer indexer = new Indexer();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(war))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().startsWith("WEB-INF/classes/") && entry.getName().endsWith(".class")) {
                    indexer.index(new ByteArrayInputStream(in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return indexer.complete();
    }
}
