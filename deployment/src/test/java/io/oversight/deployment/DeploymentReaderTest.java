package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oversight.catalog.CatalogLoader;
import io.oversight.deployment.model.Agent;
import io.oversight.deployment.model.Deployment;
import io.oversight.deployment.model.EuAiActRole;
import io.oversight.deployment.model.IncidentRegime;
import io.oversight.deployment.read.DeploymentReader;
import io.oversight.deployment.InputLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of problem the reader reports; each asserts the exact located message. */
class DeploymentReaderTest {

    private static final String HEADER = """
            apiVersion: oversight/v1
            kind: AgentDeployment
            metadata:
              name: demo
              organization: Demo Ltd
              owner: olga
            people:
              - id: olga
                roles: [sre]
              - id: sam
                roles: [sre]
            environments:
              - name: prod
                kind: production
                criticality: critical
            """;

    private static final String AGENT = """
            agents:
              - id: bot
                owner: olga
                permissions:
                  - environment: prod
                    actions: [read]
            """;

    private final DeploymentReader reader = new DeploymentReader(CatalogLoader.builtIn().controlIds());

    private DeploymentFile read(String yaml) throws InvalidInputException {
        return reader.read("d.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(String yaml) {
        try {
            read(yaml);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
        throw new AssertionError("expected the file to be rejected");
    }

    private List<String> problems(byte[] bytes) {
        try {
            reader.read("d.yaml", bytes);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
        throw new AssertionError("expected the file to be rejected");
    }

    @Test
    void readsAValidFileIntoRecordsThatKeepPositions() throws Exception {
        DeploymentFile file = read(HEADER + AGENT);
        Deployment d = file.deployment();
        Agent bot = d.agents().get(0);
        assertThat(bot.id()).isEqualTo("bot");
        assertThat(bot.permissions().get(0).actions()).containsExactly("read");
        assertThat(bot.autonomy()).isNull();
        assertThat(bot.environments()).isNull();
        assertThat(d.metadata().euAiActRoles()).containsExactly(EuAiActRole.PROVIDER, EuAiActRole.DEPLOYER);
        assertThat(file.sources().locate(bot.path() + "/permissions/0/actions/0")).isEqualTo(new Position(21, 19));
        assertThat(file.sources().locate(bot.path() + "/logging/attribution")).as("absent: the agent item").isEqualTo(new Position(17, 5));
        assertThat(file.sha256()).hasSize(64);
    }

    @Test
    void aPathResolvesToItsDeepestPresentValue() throws Exception {
        DeploymentFile file = read(HEADER + AGENT);
        Position agent = file.sources().locate("/agents/0");
        Position actions = file.sources().locate("/agents/0/permissions/0/actions");
        Position root = file.sources().locate("/");

        assertThat(file.sources().locate("/agents/0/permissions/0/actions/0/")).as("a trailing slash names nothing")
                .isEqualTo(new Position(21, 19));
        assertThat(file.sources().locate("/agents/0/permissions/0/actions/7")).as("past the list's end").isEqualTo(actions);
        assertThat(file.sources().locate("/agents/0/permissions/first")).as("not an index")
                .isEqualTo(file.sources().locate("/agents/0/permissions"));
        assertThat(file.sources().locate("/agents/9/id")).as("no such agent: the list").isEqualTo(file.sources().locate("/agents"));
        assertThat(file.sources().locate("/agents/0//id")).as("an empty key is absent").isEqualTo(agent);
        assertThat(file.sources().locate("/agentsX/0")).isEqualTo(root);
        assertThat(file.sources().locate("")).isEqualTo(root);
        assertThat(file.sources().locate("/metadata/name")).isNotEqualTo(root);
    }

    @Test
    void incidentRegimesLeftOutAreToldApartFromNoneDeclared() throws Exception {
        String governance = "governance:\n  incidentResponse:\n    plan: true\n";
        assertThat(read(HEADER + governance + AGENT).deployment().governance().incidentResponse().regimes())
                .as("absent: the file does not say").isNull();
        assertThat(read(HEADER + governance + "    regimes: []\n" + AGENT).deployment().governance().incidentResponse().regimes())
                .as("declared: no regime applies").isEmpty();
        assertThat(read(HEADER + governance + "    regimes: [nis2, dora]\n" + AGENT).deployment().governance().incidentResponse().regimes())
                .containsExactly(IncidentRegime.NIS2, IncidentRegime.DORA);
    }

    @Test
    void misspeltKeyIsAnErrorWithTheRightKeySuggested() {
        assertThat(problems(HEADER + AGENT + "    checkpionts: []\n"))
                .containsExactly("d.yaml:22:5: unknown key 'checkpionts' in agent 'bot' (did you mean 'checkpoints'?)");
    }

    @Test
    void unknownKeyWithoutNearMatchListsTheKeysExpected() {
        assertThat(problems(HEADER + AGENT + "    color: blue\n").get(0))
                .startsWith("d.yaml:22:5: unknown key 'color' in agent 'bot'; expected one of: id, name, purpose, owner");
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        String yaml = HEADER.replace("kind: production", "kind: prod") + """
                agents:
                  - id: bot
                    owner: olgaa
                    autonomy: Autonomous
                    permissions:
                      - environment: qa
                        actions: delete
                """;
        assertThat(problems(yaml)).containsExactly(
                "d.yaml:14:11: 'prod' is not a valid kind (did you mean 'production'?); expected one of: production, staging, development, sandbox",
                "d.yaml:18:12: unknown person 'olgaa' (did you mean 'olga'?); declare it under 'people'",
                "d.yaml:19:15: 'Autonomous' is not a valid autonomy (did you mean 'autonomous'?); expected one of: advisory, supervised, autonomous",
                "d.yaml:21:22: unknown environment 'qa'; declare it under 'environments'",
                "d.yaml:22:18: 'actions' must be a list, such as [delete], but is the string 'delete'");
    }

    @Test
    void wrongScalarTypesAreRejectedRatherThanGuessed() {
        String yaml = HEADER + """
                agents:
                  - id: bot
                    checkpoints:
                      - approvals: "2"
                        onTimeout: Deny
                        independentOfRequester: "true"
                      - approvals: 0
                """;
        assertThat(problems(yaml)).containsExactly(
                "d.yaml:19:20: 'approvals' must be a whole number, but is the string '2'",
                "d.yaml:20:20: 'Deny' is not a valid onTimeout (did you mean 'deny'?); expected one of: deny, allow",
                "d.yaml:21:33: 'independentOfRequester' must be true or false, but is the string 'true'",
                "d.yaml:22:20: 'approvals' must be at least 1, but is 0");
    }

    /** A required key written empty or null is told to be written, not left out; null is said at the key (format review). */
    @Test
    void anEmptyOrNullRequiredKeyIsSaidWhereItIsWritten() {
        assertThat(problems(HEADER.replace("  name: demo\n", "  name: \"\"\n").replace("  owner: olga\n", "  owner: ~\n") + AGENT))
                .contains("d.yaml:4:9: 'name' is empty; write its value", "d.yaml:6:10: 'owner' is null; write its value: 'metadata' requires it");
    }

    /** A word written null is no default: read as absent, enforcement: ~ had counted the gate as the platform's (format review). */
    @Test
    void aWordWrittenNullIsRefused() {
        String yaml = HEADER + """
                agents:
                  - id: bot
                    checkpoints:
                      - onTimeout: ~
                        enforcement: null
                """;
        assertThat(problems(yaml)).containsExactly(
                "d.yaml:19:20: 'onTimeout' is null; write one of: deny, allow, or leave the key out",
                "d.yaml:20:22: 'enforcement' is null; write one of: platform, prompt, or leave the key out");
    }

    /** A yes or no, or a number, written null is no answer: userFacing: ~ had read as talking to nobody, and TR-01 went unchecked. */
    @Test
    void aBooleanOrNumberWrittenNullIsRefused() {
        String yaml = HEADER + """
                agents:
                  - id: bot
                    userFacing: ~
                    checkpoints:
                      - approvals: null
                """;
        assertThat(problems(yaml)).containsExactly(
                "d.yaml:18:17: 'userFacing' is null; write true or false, or leave the key out",
                "d.yaml:20:20: 'approvals' is null; write a whole number, or leave the key out");
        // A gate's environments left out mean every one: written null, they are no answer (the widest gate, unsaid).
        assertThat(problems(HEADER + "agents:\n  - id: bot\n    checkpoints:\n      - environments: ~\n")).containsExactly(
                "d.yaml:19:23: 'environments' is null; write the environments the gate stands in, or leave the key out for all of them");
    }

    @Test
    void datesMustBeRealDates() {
        String yaml = HEADER + AGENT + "waivers:\n  - {control: PM-04, justification: x, approvedBy: sam, expires: 2026-02-30}\n";
        assertThat(problems(yaml)).containsExactly("d.yaml:23:66: 'expires' is not a real date: 2026-02-30");
    }

    @Test
    void integersOutOfRangeAreRejected() {
        String yaml = HEADER + AGENT + "    identity: {credentialTtlMinutes: 99999999999}\n";
        assertThat(problems(yaml)).containsExactly("d.yaml:22:38: 'credentialTtlMinutes' must be at most 2147483647, but is 99999999999");
    }

    @Test
    void duplicateKeysNameBothLines() {
        assertThat(problems(HEADER + AGENT + "    owner: sam\n"))
                .containsExactly("d.yaml:22:5: duplicate key 'owner' (first written at line 18)");
    }

    @Test
    void duplicateIdsAreErrors() {
        String yaml = HEADER + AGENT + "  - id: bot\n";
        assertThat(problems(yaml)).containsExactly("d.yaml:22:9: duplicate agent id 'bot' (first declared at line 17)");
    }

    @Test
    void unknownIdsOfEveryKindAreErrors() {
        String yaml = HEADER + """
                agents:
                  - id: bot
                    owner: nobody
                    overseers: [ghost]
                    environments: [dev]
                    delegatesTo: [other]
                    identity: {type: inherited, inheritedFrom: someone}
                    monitoring: {alerts: true, reviewer: watcher}
                    guardrails: {killSwitch: {owner: keeper}}
                    assessments: {risk: {date: 2026-10-01, reviewer: assessor}}
                    checkpoints:
                      - environments: [qa]
                waivers:
                  - control: HO-99
                    agent: robot
                    justification: x
                    approvedBy: boss
                    expires: 2027-01-01
                """;
        assertThat(problems(yaml)).containsExactly(
                "d.yaml:18:12: unknown person 'nobody'; declare it under 'people'",
                "d.yaml:19:17: unknown person 'ghost'; declare it under 'people'",
                "d.yaml:20:20: unknown environment 'dev'; declare it under 'environments'",
                "d.yaml:21:19: unknown agent 'other'; declare it under 'agents'",
                "d.yaml:22:48: unknown person 'someone'; declare it under 'people'",
                "d.yaml:23:42: unknown person 'watcher'; declare it under 'people'",
                "d.yaml:24:38: unknown person 'keeper'; declare it under 'people'",
                "d.yaml:25:54: unknown person 'assessor'; declare it under 'people'",
                "d.yaml:27:24: unknown environment 'qa'; declare it under 'environments'",
                "d.yaml:29:14: waiver names control 'HO-99', which the catalog does not have; see 'oversight controls'",
                "d.yaml:30:12: unknown agent 'robot'; declare it under 'agents'",
                "d.yaml:32:17: unknown person 'boss'; declare it under 'people'");
    }

    @Test
    void aCommonNameOfAnAnnexIiiAreaIsReadAsTheArea() throws Exception {
        Deployment d = read(HEADER + AGENT.replace("    owner: olga\n", "    owner: olga\n    useCases: [hiring, lending, data-analysis, candidate-ranking, trading, spending]\n")).deployment();
        // Near misses are of the ids alone: trading and spending are words of their own, not lending or grading misspelt (change review).
        assertThat(d.agents().get(0).useCases()).containsExactly("employment", "credit", "data-analysis", "candidate-ranking", "trading", "spending");
    }

    /** A guess compares an unknown id with every declared one, so only the first hundred unknown references of a file get one. */
    @Test
    void onlyTheFirstHundredUnknownReferencesAreGivenAGuess() {
        String unknown = String.join(", ", java.util.Collections.nCopies(101, "Bot"));
        List<String> problems = problems(HEADER + AGENT.replace("    owner: olga\n", "    owner: olga\n    delegatesTo: [" + unknown + "]\n"));
        assertThat(problems).hasSize(101);
        assertThat(problems.get(99)).endsWith("unknown agent 'Bot' (did you mean 'bot'?); declare it under 'agents'");
        assertThat(problems.get(100)).endsWith("unknown agent 'Bot'; declare it under 'agents'");
    }

    /** An unknown id that looks like a declared one is said to differ where it cannot be seen: quoted alike, the message had contradicted itself. */
    @Test
    void anUnknownIdThatLooksLikeADeclaredOneIsSaidToDifferUnseen() {
        assertThat(problems(HEADER + AGENT.replace("    owner: olga\n", "    owner: \u043elga\n"))).containsExactly("d.yaml:18:12: unknown person"
                + " '\u043elga' (did you mean 'olga'? It looks the same, but differs in a character that only looks alike, an invisible one or its"
                + " Unicode form); declare it under 'people'");
    }

    /** A known word in another case, with an underscore, a blank or a look-alike letter had escaped every rule about its use (format review). */
    @Test
    void aKnownUseCaseWrittenOtherwiseIsRefused() {
        assertThat(problems(HEADER + AGENT.replace("    owner: olga\n", "    owner: olga\n    useCases: [Hiring, credit_scoring, \"lending \", \u0441redit]\n")))
                .containsExactly(
                        "d.yaml:19:16: use case 'Hiring' is not written as 'hiring', the word Oversight knows for it; write 'hiring'",
                        "d.yaml:19:24: use case 'credit_scoring' is not written as 'credit-scoring', the word Oversight knows for it; write 'credit-scoring'",
                        "d.yaml:19:40: use case 'lending ' is not written as 'lending', the word Oversight knows for it; write 'lending'",
                        "d.yaml:19:52: use case '\u0441redit' is not written as 'credit', the word Oversight knows for it (it holds a character"
                                + " that only looks like one of the word's); write 'credit'");
    }

    @Test
    void aPersonWithAnAgentsIdIsRefusedSoThatNoAgentApprovesOrOverseesAsAPerson() {
        String yaml = HEADER.replace("  - id: sam\n", "  - id: bot\n") + """
                agents:
                  - id: bot
                    owner: olga
                waivers:
                  - control: HO-05
                    agent: bot
                    justification: x
                    approvedBy: bot
                    expires: 2027-01-01
                """;
        assertThat(problems(yaml)).containsExactly(
                "d.yaml:10:9: person id 'bot' is also the id of an agent (line 17); owners, overseers, approvers and waivers name people,"
                        + " so give the person an id no agent has");
    }

    @Test
    void anIdShapedLikeACredentialIsRefusedWhereItIsWrittenWithoutRepeatingIt() {
        String token = "ghp_0123456789abcdefghijklmnopqrstuvwxyz";
        assertThat(problems((HEADER + AGENT).replace("olga", token))).containsExactly(
                "d.yaml:8:9: person id is shaped like a credential (a token, key or password); an id must not carry a credential, "
                        + "since every report cites ids as they are written: rename it");
    }

    @Test
    void freeTextIsBoundWithItsSecretsMasked() throws Exception {
        Deployment d = read(HEADER.replace("name: demo", "name: \"demo ghp_0123456789abcdefghijklmnopqrstuvwxyz\"")
                .replace("organization: Demo Ltd", "organization: \"Demo Ltd password=hunter2\"")
                + AGENT + "    purpose: |\n      -----BEGIN EC PRIVATE KEY-----\n      MHcCAQEEIBkg4LVWM9nuwNSk3yBY\n"
                + "      -----END EC PRIVATE KEY-----\n      then the work\n").deployment();
        assertThat(d.metadata().name()).isEqualTo("demo ****");
        assertThat(d.metadata().organization()).isEqualTo("Demo Ltd password=****");
        assertThat(d.agents().get(0).purpose()).isEqualTo("****\nthen the work\n");
        assertThat(d.agents().get(0).id()).isEqualTo("bot");
    }

    @Test
    void anEmptyListOfEuAiActRolesIsRefused() {
        assertThat(problems(HEADER.replace("  owner: olga\n", "  owner: olga\n  euAiActRoles: []\n") + AGENT)).containsExactly(
                "d.yaml:7:17: 'euAiActRoles' is empty, which would make every duty of a provider and of a deployer not applicable; "
                        + "an organization that runs agents is at least their deployer: write provider, deployer or both, or leave the key "
                        + "out for both");
    }

    @Test
    void anIdentityThatIsNotInheritedMayNotNameWhoseCredentialsItInherits() {
        assertThat(problems(HEADER + AGENT.replace("    owner: olga\n",
                "    owner: olga\n    identity: {type: dedicated, principal: svc-bot, inheritedFrom: olga}\n"))).containsExactly(
                "d.yaml:19:68: 'inheritedFrom' names whose credentials an inherited identity uses, but this identity is dedicated; "
                        + "write type: inherited if the agent acts with the credentials of 'olga', or leave 'inheritedFrom' out");
    }

    @Test
    void aJurisdictionThatMakesAFrameworkApplyMustBeWrittenAsItsCode() throws Exception {
        assertThat(problems(HEADER.replace("  owner: olga\n", "  owner: olga\n  jurisdictions: [eu, \"US-CO \", European Union, US]\n") + AGENT))
                .containsExactly(
                        "d.yaml:7:19: jurisdiction 'eu' is not written as the code 'EU' that makes its frameworks apply; write 'EU'",
                        "d.yaml:7:23: jurisdiction 'US-CO ' is not written as the code 'US-CO' that makes its frameworks apply; write 'US-CO'",
                        "d.yaml:7:33: jurisdiction 'European Union' is not written as the code 'EU' that makes its frameworks apply; write 'EU'");
        assertThat(read(HEADER.replace("  owner: olga\n", "  owner: olga\n  jurisdictions: [EU, UK, US-NY, DE]\n") + AGENT).deployment()
                .metadata().jurisdictions()).as("other codes are kept as written").containsExactly("EU", "UK", "US-NY", "DE");
        assertThat(problems(HEADER.replace("  owner: olga\n", "  owner: olga\n  jurisdictions: [Colorado, US_CA, US-Texas, Germany]\n") + AGENT))
                .as("by name, or with other punctuation").containsExactly(
                        "d.yaml:7:19: jurisdiction 'Colorado' is not written as the code 'US-CO' that makes its frameworks apply; write 'US-CO'",
                        "d.yaml:7:29: jurisdiction 'US_CA' is not written as the code 'US-CA' that makes its frameworks apply; write 'US-CA'",
                        "d.yaml:7:36: jurisdiction 'US-Texas' is not written as the code 'US-TX' that makes its frameworks apply; write 'US-TX'",
                        "d.yaml:7:46: jurisdiction 'Germany' is a member state of the EU, whose law binds there too; add 'EU', which makes the "
                                + "EU AI Act and GDPR apply");
        assertThat(problems(HEADER.replace("  owner: olga\n", "  owner: olga\n  jurisdictions: [Europe, EU-DE]\n") + AGENT)).containsExactly(
                "d.yaml:7:19: jurisdiction 'Europe' is not written as the code 'EU' that makes its frameworks apply; write 'EU'",
                "d.yaml:7:27: jurisdiction 'EU-DE' is not written as the code 'EU' that makes its frameworks apply; write 'EU'");
        assertThat(read(HEADER.replace("  owner: olga\n", "  owner: olga\n  jurisdictions: [EU, Deutschland]\n") + AGENT).deployment()
                .metadata().jurisdictions()).as("a member state's name beside the EU changes nothing").containsExactly("EU", "Deutschland");
        assertThat(problems(HEADER.replace("  owner: olga\n", "  owner: olga\n  jurisdictions: [us]\n") + AGENT)).as("the country of the state laws")
                .containsExactly("d.yaml:7:19: jurisdiction 'us' is not written as the code 'US' that makes its frameworks apply; write 'US'");
        assertThat(problems(HEADER.replace("  owner: olga\n", "  owner: olga\n  jurisdictions: [United States, USA, TX]\n") + AGENT))
                .as("the country by name or alpha-3 code, and the one state code no country has: each had switched the state laws off")
                .containsExactly(
                        "d.yaml:7:19: jurisdiction 'United States' is not written as the code 'US' that makes its frameworks apply; write 'US'",
                        "d.yaml:7:34: jurisdiction 'USA' is not written as the code 'US' that makes its frameworks apply; write 'US'",
                        "d.yaml:7:39: jurisdiction 'TX' is not written as the code 'US-TX' that makes its frameworks apply; write 'US-TX'");
        assertThat(problems(HEADER.replace("  owner: olga\n", "  owner: olga\n  jurisdictions: [\u0415U, \uFF25\uFF35]\n") + AGENT))
                .as("a Cyrillic E, fullwidth letters: kept as unknown codes, they had switched the EU's frameworks off").containsExactly(
                        "d.yaml:7:19: jurisdiction '\u0415U' is not written as the code 'EU' that makes its frameworks apply (it holds a character"
                                + " that only looks like one of the code's); write 'EU'",
                        "d.yaml:7:23: jurisdiction '\uFF25\uFF35' is not written as the code 'EU' that makes its frameworks apply (it holds a"
                                + " character that only looks like one of the code's); write 'EU'");
        assertThat(problems(HEADER.replace("  owner: olga\n", "  owner: olga\n  jurisdictions: [US, de]\n") + AGENT)).containsExactly(
                "d.yaml:7:23: jurisdiction 'de' is a member state of the EU, whose law binds there too; add 'EU', which makes the EU AI Act "
                        + "and GDPR apply");
    }

    @Test
    void misspeltUseCaseIsAnErrorButAnUnknownWordIsKept() throws Exception {
        assertThat(problems(HEADER + AGENT + "    useCases: [employement]\n")).containsExactly(
                "d.yaml:22:16: use case 'employement' looks like a misspelling of 'employment'; write 'employment' (or a clearly different word for a use case Oversight does not know)");
        // A long category's singular is three edits from it: still a misspelling, not a word of its own (it had passed RM-03).
        assertThat(problems(HEADER + AGENT + "    useCases: [exploiting-vulnerability]\n")).containsExactly(
                "d.yaml:22:16: use case 'exploiting-vulnerability' looks like a misspelling of 'exploiting-vulnerabilities'; write"
                        + " 'exploiting-vulnerabilities' (or a clearly different word for a use case Oversight does not know)");
        assertThat(read(HEADER + AGENT + "    useCases: [weather-forecasting]\n").deployment().agents().get(0).useCases())
                .containsExactly("weather-forecasting");
        // A word that only begins a known use case is many edits from it: a word of its own, as the format says.
        assertThat(read(HEADER + AGENT + "    useCases: [software, customer, data]\n").deployment().agents().get(0).useCases())
                .containsExactly("software", "customer", "data");
        // A key pasted as a use case is shown masked, as quoted text is.
        assertThat(read(HEADER + AGENT + "    useCases: [credit, \"user/PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA+\"]\n").deployment().agents().get(0)
                .useCases()).containsExactly("credit", "user/****");
    }

    @Test
    void unknownPlainVerbIsAnErrorButProviderActionsAreAccepted() throws Exception {
        assertThat(problems(HEADER + AGENT.replace("[read]", "[delte]"))).containsExactly(
                "d.yaml:21:19: 'delte' is not an action verb (did you mean 'delete'?); write one of read, create, update, delete, deploy, execute, admin, grant, pay, send, *, or a provider-qualified action such as ec2:TerminateInstances");
        // What cannot be seen is named, or the message would quote a word that looks right.
        assertThat(problems(HEADER + AGENT.replace("[read]", "[\"de\\u200Blete\"]"))).anySatisfy(p -> assertThat(p)
                .startsWith("d.yaml:21:19: 'de<U+200B>lete' is not an action verb (did you mean 'delete'?)"));
        assertThat(read(HEADER + AGENT.replace("[read]", "[\"ec2:TerminateInstances\"]")).deployment().agents().get(0)
                .permissions().get(0).actions()).containsExactly("ec2:TerminateInstances");
        assertThat(read(HEADER + AGENT.replace("[read]", "[\"kubernetes:create:pods/exec\", \"s3:Get*\", \"ec2:Describe?nstances\"]"))
                .deployment().agents().get(0).permissions().get(0).actions()).hasSize(3);
    }

    /** A resource pattern with a blank at an end names no resource: " *" must not pass for a narrow grant. */
    @Test
    void aResourcePatternWithBlanksAroundItIsAnError() throws Exception {
        String agent = AGENT.replace("permissions:\n", "permissions:\n      - {environment: prod, actions: [read], resources: [\" *\", \"\", \"s3:: \"], justification: j}\n");
        assertThat(agent).isNotEqualTo(AGENT);
        String blank = " begins or ends with a blank, which no resource's name does: write the pattern without it";
        assertThat(problems(HEADER + agent)).contains("d.yaml:20:58: ' *'" + blank, "d.yaml:20:64: an entry of 'resources' is empty; write its value"
                + " or leave the entry out", "d.yaml:20:68: 's3:: '" + blank);
    }

    /** An action with a character no provider's action holds (a stray comma, a quote) would gate or grant nothing: it is located. */
    @Test
    void aProviderActionWithAStrayCharacterIsAnError() throws Exception {
        String shape = " is no provider action: a service and an action name are letters, digits, '-', '_', '.', '/' and ':', with '*' and"
                + " '?' as wildcards, each part starting and ending with a letter, a digit or a wildcard; write each action as its own item";
        assertThat(problems(HEADER + AGENT.replace("[read]", "[\"s3:Delete*,\", \"ec2:Terminate\\\"\"]"))).containsExactly(
                "d.yaml:21:19: 's3:Delete*,'" + shape, "d.yaml:21:34: 'ec2:Terminate\"'" + shape);
        for (String junk : List.of("arn:aws:s3:::bucket", "https://evil", "s3::DeleteBucket", "ec2:TerminateInstances.", "s3:-", ".:.")) {
            assertThat(problems(HEADER + AGENT.replace("[read]", "[\"" + junk + "\"]"))).as(junk).containsExactly("d.yaml:21:19: '" + junk + "'" + shape);
        }
        assertThat(read(HEADER + AGENT.replace("[read]", "[\"gcp:compute.instances.delete\", \"azure:Microsoft.Compute/virtualMachines/delete\"]"))
                .deployment().agents().get(0).permissions().get(0).actions()).hasSize(2);
    }

    @Test
    void missingRequiredKeysAndWrongApiVersion() {
        String yaml = "apiVersion: oversight/v2\nkind: AgentDeployment\nmetadata: {name: x}\n";
        assertThat(problems(yaml)).containsExactly(
                "d.yaml:1:1: the deployment description lacks the required key 'agents'",
                "d.yaml:1:13: 'apiVersion' must be 'oversight/v1', but is 'oversight/v2'; this version of Oversight reads format oversight/v1",
                "d.yaml:3:11: 'metadata' lacks the required key 'organization'",
                "d.yaml:3:11: 'metadata' lacks the required key 'owner'");
    }

    @Test
    void anEmptyAgentsListIsAnError() {
        assertThat(problems(HEADER + "agents: []\n")).containsExactly("d.yaml:16:9: 'agents' is empty: describe at least one agent");
        // One problem among others, all reported at once.
        assertThat(problems(HEADER.replace("kind: production", "kind: prod") + "agents: []\n")).containsExactly(
                "d.yaml:14:11: 'prod' is not a valid kind (did you mean 'production'?); expected one of: production, staging, development, sandbox",
                "d.yaml:16:9: 'agents' is empty: describe at least one agent");
    }

    /** A value of a closed list that is no word (a password pasted in the wrong place) is not quoted: no pattern tells what it is. */
    @Test
    void aClosedListValueThatIsNoWordIsNotQuoted() {
        assertThat(problems(HEADER.replace("kind: production", "kind: \"hunter2-Passw0rd!\"") + AGENT)).containsExactly(
                "d.yaml:14:11: the value is not a valid kind; expected one of: production, staging, development, sandbox");
    }

    /** A key that is itself a list is refused in the format's words, not the parser's. */
    @Test
    void aKeyThatIsAListIsRefusedInPlainWords() {
        assertThat(problems(HEADER + "? [a, b]\n: x\n" + AGENT)).singleElement().asString()
                .endsWith("not valid YAML: a key must be a plain word, not a list or a mapping").doesNotContain("Event");
    }

    @Test
    void anEmptyTextIsAnErrorAtItsPlaceAndTheEntriesAfterItKeepTheirs() {
        String agent = AGENT.replace("    owner: olga\n", "    owner: \"\"\n    logging:\n      events: [\"\", prompts, bogus]\n");
        assertThat(problems(HEADER + agent)).containsExactly(
                "d.yaml:18:12: 'owner' is empty; write its value or leave the key out",
                "d.yaml:20:16: an entry of 'events' is empty; write its value or leave the entry out",
                "d.yaml:20:29: 'bogus' is not a valid entry of events; expected any of: prompts, tool-calls, approvals, outputs, errors");
    }

    @Test
    void emptyFilesAndNonMappingsAreErrors() {
        assertThat(problems("")).containsExactly("d.yaml:1:1: the file is empty: expected an oversight/v1 deployment description");
        assertThat(problems("# only a comment\n")).containsExactly(
                "d.yaml:1:1: the file holds no values, only comments or document markers: expected an oversight/v1 deployment description");
        assertThat(problems("- a\n- b\n")).containsExactly("d.yaml:1:1: the deployment description must be a mapping of keys to values, but is a list");
    }

    @Test
    void syntaxErrorsAreLocated() {
        assertThat(problems("apiVersion: [oversight\nkind: x\n").get(0)).startsWith("d.yaml:2:");
    }

    @Test
    void tagsConstructNothing() {
        assertThat(problems(HEADER + AGENT + "    name: !!python/object:os.system ls\n"))
                .containsExactly("d.yaml:22:11: YAML tags are not supported (found '!tag:yaml.org,2002:python/object:os.system'); write the plain value");
    }

    @Test
    void severalDocumentsInOneFileAreRejected() {
        assertThat(problems(HEADER + AGENT + "---\napiVersion: oversight/v1\n").get(0))
                .endsWith("the file holds more than one YAML document; put one deployment in each file");
        assertThat(problems(HEADER + AGENT + "--- x\n").get(0)).as("a second document of one value").contains("more than one YAML document");
    }

    /** The JSON parser's own words for where an unclosed object opened are said as every position is. */
    @Test
    void anUnclosedJsonObjectSaysWhereItOpened() {
        List<String> problems;
        try {
            reader.read("d.json", "{\"apiVersion\": \"oversight/v1\", \"kind\": \"AgentDeployment\",\n \"metadata\": {\"name\": \"x\"\n"
                    .getBytes(StandardCharsets.UTF_8));
            problems = List.of();
        } catch (InvalidInputException e) {
            problems = e.problems().stream().map(Problem::format).toList();
        }
        assertThat(problems).containsExactly("d.json:3:1: not valid JSON: Unexpected end-of-input: expected close marker for Object (start"
                + " marker at 2:14)");
    }

    /** A "---" that starts nothing after the deployment, as generators end files, is an empty document: read past, as kubectl does. */
    @Test
    void anEmptyDocumentAfterTheDeploymentIsReadPast() throws Exception {
        assertThat(read(HEADER + AGENT + "---\n").deployment().agents()).hasSize(1);
        assertThat(read(HEADER + AGENT + "---\n# generated\n---\n").deployment().agents()).hasSize(1);
        assertThat(problems(HEADER + AGENT + "---\n---\nx: 1\n").get(0)).as("a document after empty ones").contains("more than one YAML document");
    }

    @Test
    void invalidUtf8IsLocated() {
        byte[] bytes = (HEADER + AGENT + "    name: caf\u00e9\n").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xFF;
        assertThat(problems(bytes)).containsExactly("d.yaml:22:14: the file is not valid UTF-8 text (byte 0xc3); save it as UTF-8");
    }

    /** Saved as UTF-16 or UTF-32 (Windows PowerShell's Out-File), a file is named as such, whether or not it begins with a byte-order mark. */
    @Test
    void wideEncodingsAreNamed() {
        String text = HEADER + AGENT;
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16)) {
            assertThat(problems(text.getBytes(charset))).as(charset.name()).containsExactly("d.yaml:1:1: the file is UTF-16 text, not UTF-8; save it as UTF-8");
            assertThat(problems(("\uFEFF" + text).getBytes(charset))).as(charset.name() + " with a mark")
                    .containsExactly("d.yaml:1:1: the file is UTF-16 text, not UTF-8; save it as UTF-8");
        }
        for (String name : List.of("UTF-32LE", "UTF-32BE")) {
            var charset = java.nio.charset.Charset.forName(name);
            assertThat(problems(text.getBytes(charset))).as(name).containsExactly("d.yaml:1:1: the file is UTF-32 text, not UTF-8; save it as UTF-8");
            assertThat(problems(("\uFEFF" + text).getBytes(charset))).as(name + " with a mark")
                    .containsExactly("d.yaml:1:1: the file is UTF-32 text, not UTF-8; save it as UTF-8");
        }
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        byte[] body = (HEADER + AGENT).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertThat(reader.read("d.yaml", bytes).deployment().agents()).hasSize(1);
    }

    @Test
    void binaryDataIsRejected() {
        assertThat(problems(new byte[] {'a', ':', ' ', 0, 1, 2, '\n'}).get(0)).startsWith("d.yaml:1:");
    }

    @Test
    @Timeout(10)
    void anAliasBombEndsFastWithAClearError() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThat(problems(yaml.toString()).get(0)).contains("aliases expand to more than 1000000 values (an alias bomb?)");
    }

    @Test
    void aliasesWithinTheBudgetAreReadAsTheirAnchors() throws Exception {
        String yaml = HEADER + """
                agents:
                  - id: bot
                    owner: olga
                    permissions:
                      - environment: prod
                        actions: &readonly [read]
                  - id: bot2
                    owner: olga
                    permissions:
                      - environment: prod
                        actions: *readonly
                """;
        assertThat(read(yaml).deployment().agents().get(1).permissions().get(0).actions()).containsExactly("read");
    }

    /** The schema the editor uses and the check accept the same provider actions: the pattern is written in both. */
    @Test
    void theSchemaAndTheCheckAgreeOnProviderActions() throws Exception {
        com.fasterxml.jackson.databind.JsonNode schema;
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("oversight/deployment/oversight-v1.schema.json")) {
            schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        List<String> patterns = schema.findValues("pattern").stream().map(com.fasterxml.jackson.databind.JsonNode::asText)
                .filter(p -> p.contains(":")).distinct().toList();
        assertThat(patterns).hasSize(1);
        java.util.regex.Pattern shape = java.util.regex.Pattern.compile(patterns.get(0));
        for (String action : List.of("ec2:TerminateInstances", "kubernetes:create:pods/exec", "s3:Get*", "gcp:compute.instances.delete",
                "azure:Microsoft.Compute/virtualMachines/delete", "*:*", "s3:Delete*,", "arn:aws:s3:::bucket", "https://evil", "s3::DeleteBucket",
                "ec2:TerminateInstances.", "s3:-", ".:.")) {
            boolean accepted;
            try {
                read(HEADER + AGENT.replace("[read]", "[\"" + action + "\"]"));
                accepted = true;
            } catch (InvalidInputException e) {
                accepted = false;
            }
            assertThat(shape.matcher(action).matches()).as(action).isEqualTo(accepted);
        }
    }

    /** Jackson's YAML parser gives the anchors of mappings and lists only: an anchored text (an owner, an action) is read too. */
    @Test
    void anAnchoredTextIsReadAsItsAnchor() throws Exception {
        String yaml = HEADER + """
                agents:
                  - id: bot
                    owner: &o olga
                    permissions:
                      - environment: prod
                        actions: [&d delete, &q "read"]
                  - id: bot2
                    owner: *o
                    permissions:
                      - environment: prod
                        actions: [*d, *q]
                """;
        var agents = read(yaml).deployment().agents();
        assertThat(agents.get(1).owner()).isEqualTo("olga");
        assertThat(agents.get(1).permissions().get(0).actions()).containsExactly("delete", "read");
        assertThat(agents.get(0).permissions().get(0).actions()).containsExactly("delete", "read");
        // The parser counts an emoji as one character where Java counts two: anchors after one are found all the same.
        String emoji = yaml.replace("organization: Demo Ltd", "organization: \"Demo \uD83D\uDE80 R&D Ltd\"")
                .replace("  - id: bot2\n", "  # \uD83D\uDE80 the release agent, R&D's\n  - id: bot2\n");
        var read = read(emoji).deployment();
        assertThat(read.metadata().organization()).isEqualTo("Demo \uD83D\uDE80 R&D Ltd");
        assertThat(read.agents().get(1).permissions().get(0).actions()).containsExactly("delete", "read");
        assertThat(read.agents().get(1).owner()).isEqualTo("olga");
    }

    /** A value an alias puts in a place is cited where the alias is written, not at its anchor: findings point at the place. */
    @Test
    void anAliasedValueIsCitedAtTheAlias() throws Exception {
        String yaml = HEADER + """
                agents:
                  - id: bot
                    owner: olga
                    permissions:
                      - environment: prod
                        actions: &writes [update, delete]
                  - id: bot2
                    owner: olga
                    permissions:
                      - environment: prod
                        actions: *writes
                """;
        List<String> lines = yaml.lines().toList();
        int anchor = lines.indexOf("        actions: &writes [update, delete]") + 1;
        int alias = lines.indexOf("        actions: *writes") + 1;
        assertThat(anchor).isPositive().isLessThan(alias);
        SourceMap sources = read(yaml).sources();
        assertThat(sources.resolve("/agents/0/permissions/0/actions/1").position().line()).isEqualTo(anchor);
        assertThat(sources.resolve("/agents/1/permissions/0/actions/1").position()).isEqualTo(new Position(alias, 18));
    }

    @Test
    @Timeout(10)
    void veryDeepNestingEndsFastWithAClearError() {
        String yaml = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThat(problems(yaml).get(0)).contains("nests").contains("deep");
    }

    @Test
    void filesOverTheSizeLimitAreRejectedBeforeParsing() {
        DeploymentReader small = new DeploymentReader(CatalogLoader.builtIn().controlIds(), new InputLimits(1024 * 1024, 64, 1000));
        byte[] big = new byte[2 * 1024 * 1024];
        assertThatThrownBy(() -> small.read("big.yaml", big))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("big.yaml: is 2 MiB, larger than the limit of 1 MiB for one deployment description; split it into several files"
                        + " or raise the limit with --max-input-mb");
    }

    @Test
    void aDirectoryOrMissingFileIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith(": is a directory; give a deployment description file");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.yaml"))).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("missing.yaml: no such file");
        // Under a UTF-8 locale a Latin-1 name ('lat\xf8.yaml') reaches Java with U+FFFD for its byte.
        assertThatThrownBy(() -> reader.read(dir.resolve("lat\uFFFD.yaml"))).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("lat\uFFFD.yaml: no such file: the name holds bytes that are not text in this locale's character set ("
                        + System.getProperty("sun.jnu.encoding") + "); rename the file, or run under the locale it was named in");
    }

    @Test
    void readsFromAPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, HEADER + AGENT);
        assertThat(reader.read(file).file()).isEqualTo(file.toString());
    }

    @Test
    void aBrokenJsonFileIsNamedJson() {
        assertThatThrownBy(() -> reader.read("d.json", "{\"apiVersion\": \"oversight/v1\", \"agents\": [{\"id\": \"a\"},, {}]}"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .extracting(Problem::format).asString().startsWith("d.json:1:55: not valid JSON: Unexpected character (','"));
    }
}
