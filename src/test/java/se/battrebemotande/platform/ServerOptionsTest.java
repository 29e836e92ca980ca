package se.battrebemotande.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Payara Micro runs with the same session store and the same boot command files in every mode
 * (review M5): {@code mvn -Prun}, the integration tests and Docker. Only ports may differ.
 */
class ServerOptionsTest {
    /** Flags that only say where to listen or what to deploy. */
    private static final Set<String> PLACE_ONLY = Set.of("--port", "--startport", "--deploy", "--contextroot");

    private static final Set<String> COMMAND_FILES =
            Set.of("--prebootcommandfile", "--postbootcommandfile", "--postdeploycommandfile");

    @Test
    void theAppDoesNotAskForSessionReplicationItDoesNotHave() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertFalse(webXml.replaceAll("(?s)<!--.*?-->", "").contains("<distributable"), "web.xml is not distributable");
    }

    @Test
    void runTestsAndDockerStartPayaraTheSameWay() throws IOException {
        Set<String> run = behaviour(runProfileArguments());
        Set<String> tests = behaviour(arquillianOptions());
        Set<String> docker = behaviour(dockerEntrypoint());
        assertEquals(run, tests, "mvn -Prun and the integration tests");
        assertEquals(run, docker, "mvn -Prun and Docker");
        // No session replication (web.xml is not distributable), so no Hazelcast: nothing to flood the
        // log with "Hazelcast is not enabled", and no Hazelcast port for parallel test runs to fight over.
        assertTrue(run.contains("--nohazelcast"), run.toString());
        assertTrue(run.contains("--prebootcommandfile pre-boot-commands.txt"), run.toString());
        assertTrue(run.contains("--postbootcommandfile post-boot-commands.txt"), run.toString());
        assertTrue(run.contains("--postdeploycommandfile post-deploy-commands.txt"), run.toString());
        for (String file : List.of("pre-boot-commands.txt", "post-boot-commands.txt", "post-deploy-commands.txt")) {
            assertTrue(Files.isRegularFile(Path.of("src/main/payara", file)), file);
        }
    }

    /** The flags that change how the server behaves; a command file by its name. */
    static Set<String> behaviour(List<String> arguments) {
        Set<String> flags = new TreeSet<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                continue;
            }
            if (PLACE_ONLY.contains(argument)) {
                i++;
            } else if (COMMAND_FILES.contains(argument)) {
                String file = arguments.get(++i);
                flags.add(argument + " " + file.substring(file.lastIndexOf('/') + 1));
            } else {
                flags.add(argument);
            }
        }
        return flags;
    }

    private static List<String> runProfileArguments() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int profile = pom.indexOf("<id>run</id>");
        String arguments = pom.substring(profile, pom.indexOf("</arguments>", profile));
        return all(Pattern.compile("<argument>([^<]*)</argument>"), arguments);
    }

    private static List<String> arquillianOptions() throws IOException {
        String xml = Files.readString(Path.of("src/test/arquillian/arquillian.xml"));
        Matcher m = Pattern.compile("<property name=\"extraMicroOptions\">([^<]*)</property>")
                .matcher(xml);
        assertTrue(m.find(), "arquillian.xml names Payara's options");
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }

    private static List<String> dockerEntrypoint() throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile")).replace("\\\n", " ");
        Matcher m = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)\\]$").matcher(dockerfile);
        assertTrue(m.find(), "the Dockerfile starts Payara Micro");
        return all(Pattern.compile("\"([^\"]*)\""), m.group(1));
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            found.add(m.group(1));
        }
        return found;
    }
}
