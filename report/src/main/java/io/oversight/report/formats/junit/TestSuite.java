package io.oversight.report.formats.junit;

import java.util.List;

/** The test cases of one control family, with the counts the suite element states. */
record TestSuite(String name, List<TestCase> cases) {

    TestSuite {
        cases = List.copyOf(cases);
    }

    long count(TestCase.Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }
}
