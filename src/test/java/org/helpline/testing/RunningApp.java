package org.helpline.testing;

import java.nio.file.Path;
import java.util.List;

import org.helpline.HelplineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The whole app started in this JVM on a given data folder and a random port, to be stopped and started again. */
public final class RunningApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static RunningApp start(Path dataDir, String... properties) {
        return start(List.of(), dataDir, properties);
    }

    /** With test {@code configurations} beside the app's own, e.g. {@link ShiftedClockConfiguration}. */
    public static RunningApp start(List<Class<?>> configurations, Path dataDir, String... properties) {
        String[] args = new String[properties.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--helpline.store.data-dir=" + dataDir;
        args[2] = "--spring.profiles.active=test";
        System.arraycopy(properties, 0, args, 3, properties.length);
        return new RunningApp(new SpringApplicationBuilder(HelplineApplication.class)
                .sources(configurations.toArray(Class<?>[]::new)).run(args));
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
