package org.helpline.testing;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The intake from a client's first message to the screenshot question, the same in every messenger's test chat:
 * each step waits for the bot's answer carrying its marker. The knowledge base may offer articles for the
 * description; the walk then goes on past them.
 */
public final class IntakeWalk {

    private IntakeWalk() {
    }

    /**
     * @param say   sends a text and waits for a reply carrying one of the markers
     * @param press presses a button and waits likewise
     * @param offersToContinue whether the bot's last answer to the description offers to go on past the articles
     */
    public static <S> void toScreenshot(String greeting, BiFunction<String, String[], List<S>> say,
                                        BiFunction<String, String[], List<S>> press, Predicate<S> offersToContinue) {
        say.apply(greeting, new String[]{"consent:yes"});
        press.apply("consent:yes", new String[]{"Опишите"});
        List<S> described = say.apply("Не открывается 1С на компьютере бухгалтера, пишет ошибку лицензии",
                new String[]{"kb:continue", "Как к вам обращаться"});
        if (offersToContinue.test(described.getLast())) {
            press.apply("kb:continue", new String[]{"Как к вам обращаться"});
        }
        say.apply("Иванова Анна Сергеевна", new String[]{"номер вашего договора"});
        say.apply("Д-20417", new String[]{"Как с вами связаться"});
        say.apply("+7 912 345-67-89", new String[]{"скриншот"});
    }
}
