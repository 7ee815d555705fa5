package org.helpline.console;

/** The console's pages that need no script (the login form, the 403 page): one box in the middle of the page. */
final class BoxPage {

    private BoxPage() {
    }

    /** The whole page; {@code title} and {@code content} must already be HTML-escaped where they hold text. */
    static String html(String lang, String title, String content) {
        return """
                <!doctype html>
                <html lang="%1$s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s</title>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="/console/console.css">
                </head>
                <body class="login">
                <main class="login-box">
                %3$s
                </main>
                </body>
                </html>
                """.formatted(lang, title, content);
    }
}
