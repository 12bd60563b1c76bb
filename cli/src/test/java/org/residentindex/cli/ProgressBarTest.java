package org.residentindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final AtomicLong now = new AtomicLong();

    private ProgressBar bar(StringWriter out, ProgressMode mode, int width) {
        return new ProgressBar(new PrintWriter(out), mode, width, now::get);
    }

    private void at(double seconds) {
        now.set((long) (seconds * 1e9));
    }

    @Test
    void plain_stages_oneLineEachWithTimeAndNoCarriageReturn() {
        StringWriter out = new StringWriter();
        ProgressBar b = bar(out, ProgressMode.PLAIN, 80);
        b.progress("gazetteer-index", 0, 0);
        at(3.0);
        b.progress("gazetteer", 0, 0);
        for (int i = 1; i <= 50; i++) {
            b.progress("gazetteer", i * 1000L, 0);
            b.progress("read", i * 1000L, 0);
        }
        at(5.5);
        b.progress("compare", 0, 10);
        b.progress("compare", 10, 10);
        at(6.0);
        b.progress("train", 0, 1);
        at(15.3);
        b.progress("train", 1, 1);
        b.finish();

        String log = out.toString();
        assertThat(log).doesNotContain("\r");
        assertThat(log.lines()).hasSize(4);
        assertThat(log.lines().toList().get(0)).startsWith("gazetteer").contains("3.0 s");
        assertThat(log.lines().toList().get(1)).startsWith("read").contains("50,000").contains("2.5 s");
        assertThat(log.lines().toList().get(2)).startsWith("compare").contains("10/10").contains("0.5 s");
        assertThat(log.lines().toList().get(3)).startsWith("train").contains("9.3 s");
    }

    @Test
    void tty_longStage_showsItsNameLiveAndLinesFitTheWidth() {
        StringWriter out = new StringWriter();
        ProgressBar b = bar(out, ProgressMode.TTY, 50);
        b.progress("compare", 0, 271_644);
        at(1.0);
        b.progress("compare", 271_644, 271_644);
        at(1.2);
        b.progress("train", 0, 1);

        String screen = out.toString();
        String lastLive = screen.substring(screen.lastIndexOf('\r') + 1);
        assertThat(lastLive).startsWith("train");
        assertThat(screen).contains("compare").contains("\n");
        for (String segment : screen.split("[\r\n]")) {
            assertThat(segment.length()).as(segment).isLessThanOrEqualTo(49);
        }
        b.finish();
        assertThat(out.toString()).endsWith("\n");
    }

    @Test
    void abort_endsTheLiveLine_soAnErrorStartsOnItsOwnLine() {
        StringWriter out = new StringWriter();
        ProgressBar b = bar(out, ProgressMode.TTY, 80);
        b.progress("read", 1024, 0);
        b.abort();
        out.write("rix: broken.csv line 3: ...\n");

        assertThat(out.toString()).contains("stopped\nrix: broken.csv");
    }

    @Test
    void quiet_printsNothing() {
        StringWriter out = new StringWriter();
        ProgressBar b = bar(out, ProgressMode.NONE, 80);
        b.progress("read", 10, 0);
        b.finish();

        assertThat(out.toString()).isEmpty();
    }
}
