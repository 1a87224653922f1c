package dev.playbook.model;

import java.util.List;

/**
 * How complete the playbook is: the share of rule checks that pass, overall, per playbook and per
 * section (one content file), with what is missing in words.
 */
public record Completeness(Score overall, List<PlaybookScore> playbooks) {

    public Completeness {
        playbooks = List.copyOf(playbooks);
    }

    public record Score(int passed, int total) {

        /** Rounded down, so 100% means nothing is missing. */
        public int percent() {
            return total == 0 ? 100 : (int) Math.floor(passed * 100.0 / total);
        }
    }

    /** One of the three playbooks; {@code section} is null for checks on the playbook as a whole. */
    public record PlaybookScore(Section section, String title, Score score, List<SectionScore> sections) {

        public PlaybookScore {
            sections = List.copyOf(sections);
        }
    }

    /** One content file: "Sales process 86%: 2 stages lack buyer-verifiable outcomes". */
    public record SectionScore(String path, String title, Score score, List<String> gaps) {

        public SectionScore {
            gaps = List.copyOf(gaps);
        }

        public String line() {
            return title + " " + score.percent() + "%" + (gaps.isEmpty() ? "" : ": " + String.join("; ", gaps));
        }
    }
}
