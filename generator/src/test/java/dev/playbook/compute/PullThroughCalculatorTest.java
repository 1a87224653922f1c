package dev.playbook.compute;

import dev.playbook.load.YamlReader;
import dev.playbook.model.MapNode;
import dev.playbook.model.PullThrough;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PullThroughCalculatorTest {

    private static MapNode yaml(String text) {
        return (MapNode) new YamlReader().read("p.yaml", text, 0).root().orElseThrow();
    }

    private static final String MODEL = """
            revenue_target: 900000
            average_deal_size: 36000
            win_rate: 0.25
            win_rate_from: solution-fit
            selling_weeks: 45
            funnel:
              - stage: connect
                conversion_rate: 0.5
              - stage: discovery
                conversion_rate: 0.4
            activities:
              - metric: touches
                per_stage: connect
                ratio: 9
            """;

    @Test
    void worksBackFromTheRevenueTarget() {
        PullThrough model = new PullThroughCalculator().compute(yaml(MODEL)).orElseThrow();
        assertEquals(25, model.dealsPerYear(), 1e-9);                  // 900k / 36k
        assertEquals(100, model.winStage().entriesPerYear(), 1e-9);     // 25 deals / 25 %
        assertEquals(250, model.funnel().get(1).entriesPerYear(), 1e-9); // discovery: 100 / 0.4
        assertEquals(500, model.funnel().get(0).entriesPerYear(), 1e-9); // connect: 250 / 0.5
        assertEquals("solution-fit", model.funnel().get(2).stage());
        assertEquals(3_600_000, model.pipelineNeeded(), 1e-6);          // 100 x 36k
        assertEquals(4.0, model.coverage(), 1e-9);                      // 1 / win rate
        assertTrue(model.coverageInRange());                            // default range 3-4x
        assertEquals(4500, model.activities().get(0).perYear(), 1e-9);  // 500 connects x 9
        assertEquals(100, model.perWeek(model.activities().get(0).perYear()), 1e-9);
    }

    @Test
    void flagsCoverageOutsideTheConfiguredRange() {
        PullThrough model = new PullThroughCalculator()
                .compute(yaml(MODEL.replace("win_rate: 0.25", "win_rate: 0.2") + "coverage_range: [3, 4]\n")).orElseThrow();
        assertEquals(5.0, model.coverage(), 1e-9);
        assertFalse(model.coverageInRange());
    }

    @Test
    void cannotWorkAZeroRate() {
        assertTrue(new PullThroughCalculator().compute(yaml(MODEL.replace("conversion_rate: 0.4", "conversion_rate: 0"))).isEmpty());
    }
}
