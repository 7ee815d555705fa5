package org.helpline.tickets;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Ticket numbers under concurrency: every one distinct, none skipped, in the HL-000042 format. */
@SpringBootTest
@ActiveProfiles("test")
class TicketNumbersIntegrationTest {

    @Autowired
    TicketNumbers numbers;

    @Test
    void concurrentNumbersAreUniqueAndConsecutive() throws Exception {
        Set<String> taken = ConcurrentHashMap.newKeySet();
        try (var pool = Executors.newFixedThreadPool(32)) {
            List<? extends java.util.concurrent.Future<?>> futures = IntStream.range(0, 1000)
                    .mapToObj(i -> pool.submit(() -> taken.add(numbers.next()))).toList();
            for (var future : futures) {
                future.get();
            }
        }
        assertThat(taken).hasSize(1000).allMatch(number -> number.matches("HL-\\d{6}"));
        int lowest = taken.stream().mapToInt(n -> Integer.parseInt(n.substring(3))).min().orElseThrow();
        int highest = taken.stream().mapToInt(n -> Integer.parseInt(n.substring(3))).max().orElseThrow();
        assertThat(highest - lowest).isEqualTo(999);
    }
}
