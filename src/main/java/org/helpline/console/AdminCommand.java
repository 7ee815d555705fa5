package org.helpline.console;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar helpline.jar admin create <login> [--role=engineer|lead|editor|admin] [--name="Анна Петрова"]}:
 * creates a console account (an admin unless another role is given) and exits without starting the web server.
 * The password is asked for twice on a terminal, or read as one line from standard input when there is none.
 * Other {@code --name=value} arguments configure the app as usual (e.g. {@code --helpline.store.data-dir}).
 */
public final class AdminCommand {

    private static final String USAGE = "Usage: admin create <login> [--role=engineer|lead|editor|admin] [--name=\"Shown name\"]";

    /** Where the password comes from: the terminal, or standard input. */
    interface Passwords {
        Optional<char[]> read(String login);
    }

    private AdminCommand() {
    }

    /** Whether the command line asks for this command rather than the app. */
    public static boolean isAskedFor(String[] args) {
        return args.length > 0 && args[0].equals("admin");
    }

    /** Runs the command; the exit code is 0 when the account was created. */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, passwords(System.console(), System.in, System.err), System.out, System.err);
    }

    static int run(Class<?> application, String[] args, Passwords passwords, PrintStream out, PrintStream err) {
        if (args.length < 3 || !args[1].equals("create") || args[2].startsWith("--")) {
            err.println(USAGE);
            return 2;
        }
        String login = args[2];
        Role role = Role.ADMIN;
        String name = null;
        List<String> appArgs = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(3, args.length)) {
            if (arg.startsWith("--role=")) {
                Optional<Role> parsed = Role.parse(arg.substring("--role=".length()));
                if (parsed.isEmpty()) {
                    err.println("Unknown role '" + arg.substring("--role=".length()) + "'. " + USAGE);
                    return 2;
                }
                role = parsed.get();
            } else if (arg.startsWith("--name=")) {
                name = arg.substring("--name=".length());
            } else {
                appArgs.add(arg);
            }
        }
        Optional<char[]> password = passwords.read(login);
        if (password.isEmpty()) {
            err.println("The account was not created.");
            return 1;
        }
        // No web server, nothing started that is not needed: beans are made only when the accounts need them.
        appArgs.addAll(List.of("--spring.main.lazy-initialization=true", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--helpline.telegram.token="));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).logStartupInfo(false).run(appArgs.toArray(String[]::new))) {
            Account account = context.getBean(Accounts.class).create(login, name, role, password.get());
            out.println("Created the " + account.role().lowerCase() + " account '" + account.login() + "' ("
                    + account.name() + "). Log in at /console.");
            return 0;
        } catch (Accounts.AccountRefusedException refused) {
            err.println(refused.getMessage() + ": the account was not created.");
            return 1;
        } finally {
            Arrays.fill(password.get(), ' ');
        }
    }

    /** On a terminal: asked twice, unseen. Otherwise the first line of standard input. */
    static Passwords passwords(Console console, InputStream in, PrintStream err) {
        if (console != null) {
            return login -> {
                char[] first = console.readPassword("Password for %s: ", login);
                char[] again = first == null ? null : console.readPassword("The same password again: ");
                if (first == null || again == null || first.length == 0) {
                    err.println("No password given.");
                    return Optional.empty();
                }
                if (!Arrays.equals(first, again)) {
                    err.println("The two passwords differ.");
                    return Optional.empty();
                }
                return Optional.of(first);
            };
        }
        return login -> {
            try {
                String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    err.println("No password given: write it as the first line of standard input.");
                    return Optional.empty();
                }
                return Optional.of(line.toCharArray());
            } catch (IOException e) {
                err.println("Cannot read the password from standard input: " + e.getMessage());
                return Optional.empty();
            }
        };
    }
}
