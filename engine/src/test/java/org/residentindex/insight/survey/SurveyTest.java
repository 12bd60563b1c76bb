package org.residentindex.insight.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residentindex.ResidentIndexException;
import org.residentindex.insight.Characteristic;

class SurveyTest {

    @TempDir
    Path dir;

    @Test
    void demoSurvey_auditRates_giveTheAuditsResponseTable() {
        Path csv = dir.resolve("responses.csv");
        SurveyFiles.demo(csv, 23, 72, 0.52, 0.21, 7);

        SurveySummary s = SurveySummary.of(new SurveyReader().read(csv), List.of(), false);

        // Carmarthenshire: officers 23 invited, 12 responded, 52%; members 72, 15, 21%; total 95, 27, 28%
        assertThat(s.rates()).extracting(SurveySummary.Rate::invited).containsExactly(23L, 72L, 95L);
        assertThat(s.rates()).extracting(SurveySummary.Rate::responded).containsExactly(12L, 15L, 27L);
        assertThat(s.rates()).extracting(SurveySummary.Rate::percent).containsExactly(52L, 21L, 28L);
        assertThat(s.characteristics()).hasSize(7).allSatisfy(c -> assertThat(c.perceived()).isBetween(1, 3));
        assertThat(s.commentText()).isEmpty();
        assertThat(s.comments()).isPositive();
    }

    @Test
    void template_readBack_isEveryInviteeWithNoResponse() {
        Path csv = dir.resolve("t.csv");
        SurveyFiles.template(csv, 3, 4);

        List<SurveyResponse> rows = new SurveyReader().read(csv);

        assertThat(rows).hasSize(7).noneMatch(SurveyResponse::responded);
        assertThat(SurveySummary.of(rows, List.of(), false).rates().get(2).percent()).isZero();
    }

    @Test
    void summary_medianAndComments_lowerOnTieAndQuotedOnlyWhenAsked() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "respondent_id,role,leadership,open_data,comment\n"
                + "O1,officer,3,1,slow systems\nO2,officer,2,,\nM1,member,1,1,\nM2,elected member,,,\n",
                StandardCharsets.UTF_8);

        SurveySummary hidden = SurveySummary.of(new SurveyReader().read(csv), List.of(), false);
        SurveySummary shown = SurveySummary.of(new SurveyReader().read(csv), List.of(), true);

        SurveySummary.CharacteristicAnswers lead = hidden.byId().get(Characteristic.LEADERSHIP.id());
        assertThat(lead.officers()).containsExactly(0L, 1L, 1L);
        assertThat(lead.perceivedOfficers()).isEqualTo(2);
        assertThat(lead.perceived()).isEqualTo(2);
        assertThat(hidden.rates().get(1).responded()).isEqualTo(1);
        assertThat(hidden.comments()).isEqualTo(1);
        assertThat(hidden.commentText()).isEmpty();
        assertThat(shown.commentText()).containsExactly("slow systems");
    }

    @Test
    void reader_badLevel_errorNamesLineAndColumnNotTheComment() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "respondent_id,role,leadership,comment\nO1,officer,4,secret words\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new SurveyReader().read(csv)).isInstanceOf(ResidentIndexException.class)
                .hasMessageContaining("line 2").hasMessageContaining("leadership")
                .hasMessageNotContaining("secret");
    }
}
