package org.leadbureau.portal.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The staff pages and staff API methods as the sources declare them (read as text, so that nothing new escapes
 * the access-control matrix): every {@code .xhtml} under {@code staff/}, and every resource method of a class whose
 * {@code @Path} starts with {@code staff}.
 */
record StaffEndpoints(List<String> views, List<Method> methods) {

    /** A resource method: its HTTP method, path template under /api, the media types it consumes (empty: any). */
    record Method(String file, String verb, String template, List<String> consumes) {

        /** Whether a path (placeholders resolved, without the query) fits the method's JAX-RS path template. */
        boolean matches(String path) {
            StringBuilder regex = new StringBuilder();
            Matcher parameter = TEMPLATE_PARAMETER.matcher(template);
            int last = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(template.substring(last, parameter.start())))
                        .append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1)).append(')');
                last = parameter.end();
            }
            regex.append(Pattern.quote(template.substring(last)));
            return path.split("\\?")[0].matches(regex.toString());
        }

        @Override
        public String toString() {
            return file + ": " + verb + " " + template + " " + consumes;
        }
    }

    private static final Pattern CLASS_PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)\\s*(?:@[^\\n]*\\s*)*public class");
    /** A run of annotations followed by a public method. */
    private static final Pattern RESOURCE_METHOD = Pattern.compile("((?:\\s*@[^\\n]*\\n)+)\\s*public [^(=\\n{]*\\(");
    private static final Pattern HTTP_METHOD = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH)\\b");
    private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    private static final Pattern CONSUMES = Pattern.compile("@Consumes\\(([^)]*)\\)");
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{[^:}]+(?::((?:[^{}]|\\{[^}]*\\})+))?\\}");

    /** What the sources at the root of the repository declare. */
    static StaffEndpoints in(Path sources) throws IOException {
        Path webapp = sources.resolve("web/src/main/webapp");
        List<String> views = new ArrayList<>();
        try (Stream<Path> files = Files.walk(webapp.resolve("staff"))) {
            files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> "/" + webapp.relativize(file).toString().replace('\\', '/').replace(".xhtml", ""))
                    .forEach(views::add);
        }
        views.add("/staff");

        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources.resolve("web/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher resource = CLASS_PATH.matcher(source);
                if (!resource.find() || !resource.group(1).startsWith("staff")) {
                    continue;
                }
                Matcher method = RESOURCE_METHOD.matcher(source.substring(resource.end()));
                while (method.find()) {
                    String annotations = method.group(1);
                    Matcher verb = HTTP_METHOD.matcher(annotations);
                    if (verb.find()) {
                        Matcher sub = PATH.matcher(annotations);
                        Matcher consumes = CONSUMES.matcher(annotations);
                        methods.add(new Method(file.getFileName().toString(), verb.group(1),
                                "/api/" + resource.group(1) + (sub.find() ? "/" + sub.group(1) : ""),
                                consumes.find() ? mediaTypes(consumes.group(1)) : List.of()));
                    }
                }
            }
        }
        return new StaffEndpoints(views, methods);
    }

    /** The media types a {@code @Consumes} names; empty (any will do) when one is a constant of the project's. */
    private static List<String> mediaTypes(String consumes) {
        List<String> types = new ArrayList<>();
        for (String type : consumes.replaceAll("[{}\\s]", "").split(",")) {
            switch (type) {
                case "MediaType.APPLICATION_JSON" -> types.add("application/json");
                case "MediaType.MULTIPART_FORM_DATA" -> types.add("multipart/form-data");
                case "MediaType.TEXT_PLAIN" -> types.add("text/plain");
                default -> {
                    if (!type.startsWith("\"")) {
                        return List.of();
                    }
                    types.add(type.replace("\"", ""));
                }
            }
        }
        return types;
    }
}
