package io.oversight.deployment.runtime;

import static io.oversight.deployment.runtime.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.oversight.deployment.InputLimits;
import io.oversight.deployment.yaml.YMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class BedrockAgentReaderTest {

    @Test
    void confirmedFunctionsAskAndTheRestRunWithTheShortFormsReadAsCloudFormationDoes() throws Exception {
        assertThat(Fixtures.read(RuntimeKind.BEDROCK_AGENT, "bedrock-agent.yaml")).containsExactly(new RuntimeConfiguration(
                RuntimeKind.BEDROCK_AGENT, "runtime/bedrock-agent.yaml", "RefundsAgent", at(12, 3),
                List.of(new RuntimeRule("Refunds", "issue_refund", Decision.ASK, at(25, 38)),
                        new RuntimeRule("Refunds", "lookup_order", Decision.ALLOW, at(26, 23)),
                        new RuntimeRule("Accounts", "close_account", Decision.ALLOW, at(32, 23)),
                        new RuntimeRule("AMAZON.CodeInterpreter", "", Decision.ALLOW, at(35, 39)),
                        new RuntimeRule("Legacy", "", Decision.DENY, at(37, 29))),
                null, null, null, List.of(), List.of(), List.of(),
                List.of(new Delegate("Payments", "!Ref PaymentsAgentAlias", at(40, 29))),
                new RuntimeIdentity(RuntimeIdentity.Kind.IAM_ROLE, "!GetAtt AgentRole.Arn", false, at(16, 29)),
                List.of()));
    }

    /** An action group's functions run in its executor, with a role of its own; Bedrock's built-in groups do not. */
    @Test
    void anActionGroupsToolsActWithTheirExecutorsRole() throws Exception {
        RuntimeConfiguration agent = Fixtures.read(RuntimeKind.BEDROCK_AGENT, "bedrock-agent.yaml").get(0);
        assertThat(agent.rules().stream().filter(r -> AgentTools.executor(agent, r.tool()) != null).map(RuntimeRule::tool).distinct())
                .containsExactly("Refunds", "Accounts", "Legacy");
        assertThat(AgentTools.executor(agent, "Refunds")).startsWith("the action group's executor");
        assertThat(AgentTools.executor(agent, "AMAZON.CodeInterpreter")).isNull();
    }

    @Test
    void aJsonTemplateIsReadToo() throws Exception {
        assertThat(Fixtures.read(RuntimeKind.BEDROCK_AGENT, "bedrock-agent.json")).containsExactly(new RuntimeConfiguration(
                RuntimeKind.BEDROCK_AGENT, "runtime/bedrock-agent.json", "Agent", at(3, 5),
                List.of(new RuntimeRule("*", "", Decision.ALLOW, at(11, 26))),
                null, null, null, List.of(), List.of(), List.of(), List.of(),
                new RuntimeIdentity(RuntimeIdentity.Kind.IAM_ROLE, "arn:aws:iam::123456789012:role/triage-agent", false, at(7, 33)),
                List.of()));
    }

    @Test
    void anOpenApiSchemaInTheTemplateGivesARuleForEachOperationAndOneKeptElsewhereEveryTool() throws Exception {
        String template = """
                Resources:
                  Agent:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentResourceRoleArn: arn:aws:iam::123456789012:role/ops
                      ActionGroups:
                        - ActionGroupName: InstanceLookup
                          ApiSchema:
                            Payload: |
                              {"openapi": "3.0.0", "paths": {
                                "/instances/{id}": {
                                  "get": {"operationId": "getInstance"},
                                  "delete": {"operationId": "terminateInstance", "x-requireConfirmation": "ENABLED"}},
                                "/instances": {"post": {}}}}
                        - ActionGroupName: Reports
                          ApiSchema:
                            S3: {S3BucketName: schemas, S3ObjectKey: reports.yaml}
                        - ActionGroupName: Capacity
                          ApiSchema:
                            Payload: '{"paths": {"/status": {"get": {"operationId": "getStatus"}}, "/instances": {"$ref": "#/components/pathItems/Instances"}}}'
                """;
        assertThat(new RuntimeReaders(InputLimits.DEFAULT).read(RuntimeKind.BEDROCK_AGENT, "t.yaml", template).get(0).rules()).containsExactly(
                new RuntimeRule("InstanceLookup", "getInstance", Decision.ALLOW, at(9, 22)),
                new RuntimeRule("InstanceLookup", "DELETE terminateInstance", Decision.ASK, at(9, 22)),
                new RuntimeRule("InstanceLookup", "/instances", Decision.ALLOW, at(9, 22)),
                new RuntimeRule("*", "", Decision.ALLOW, at(17, 13)),
                new RuntimeRule("Capacity", "getStatus", Decision.ALLOW, at(20, 22)),
                new RuntimeRule("*", "", Decision.ALLOW, at(20, 22)));
    }

    /**
     * A schema written with !Sub is read as its template (a red team's, for the region in the server's
     * address, had been every tool unasked), unless a ${...} stands where a method would; the action
     * groups and functions of either value of an !If are read, less AWS::NoValue.
     */
    @Test
    void aSubstitutedSchemaAndTheBranchesOfAnIfAreRead() throws Exception {
        String template = """
                Resources:
                  Agent:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentResourceRoleArn: arn:aws:iam::123456789012:role/ops
                      ActionGroups:
                        - ActionGroupName: Instances
                          ApiSchema:
                            Payload: !Sub |
                              {"servers": [{"url": "https://ops.${AWS::Region}.example"}], "paths": {"/instances/{id}": {
                                "delete": {"operationId": "deleteInstance", "x-requireConfirmation": "ENABLED"}}}}
                        - !If
                          - IsProd
                          - ActionGroupName: Fleet
                            FunctionSchema:
                              Functions: !If [IsEu, [{Name: stop, RequireConfirmation: ENABLED}], [{Name: terminate}]]
                          - !Ref AWS::NoValue
                """;
        assertThat(Fixtures.readText(RuntimeKind.BEDROCK_AGENT, "t.yaml", template).get(0).rules()).containsExactly(
                new RuntimeRule("Instances", "DELETE deleteInstance", Decision.ASK, at(9, 22)),
                new RuntimeRule("Fleet", "stop", Decision.ASK, at(16, 72)),
                new RuntimeRule("Fleet", "terminate", Decision.ALLOW, at(16, 91)));
        assertThat(Fixtures.readText(RuntimeKind.BEDROCK_AGENT, "t.yaml", template.replace("\"delete\":", "\"${Method}\":")).get(0).rules())
                .contains(new RuntimeRule("*", "", Decision.ALLOW, at(9, 22)));
        // A merge key in the schema hides what it merges: read as a schema not seen whole.
        assertThat(Fixtures.readText(RuntimeKind.BEDROCK_AGENT, "t.yaml", template.replace("\"delete\":", "\"get\": {\"operationId\": \"getInstance\"}, \"<<\": {\"delete\":")
                .replace("\"ENABLED\"}}}}", "\"ENABLED\"}}}}}")).get(0).rules()).contains(new RuntimeRule("*", "", Decision.ALLOW, at(9, 22)));
    }

    /** A confirmation the template decides when deployed asks only if every branch of its !If does; a parameter's is not in the template. */
    @Test
    void aConfirmationDecidedAtDeploymentAsksOnlyWhenEveryBranchDoes() throws Exception {
        String template = """
                Resources:
                  Ops:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentName: ops
                      AgentResourceRoleArn: arn:aws:iam::111122223333:role/ops-agent
                      ActionGroups:
                        - ActionGroupName: Fleet
                          FunctionSchema:
                            Functions:
                              - Name: terminate_instances
                                RequireConfirmation: !If [IsProd, ENABLED, DISABLED]
                              - Name: reboot_instances
                                RequireConfirmation: !If [IsProd, ENABLED, ENABLED]
                              - Name: stop_instances
                                RequireConfirmation: !Ref ConfirmStops
                """;
        assertThat(Fixtures.readText(RuntimeKind.BEDROCK_AGENT, "t.yaml", template).get(0).rules()).containsExactly(
                new RuntimeRule("Fleet", "terminate_instances", Decision.ALLOW, at(12, 38)),
                new RuntimeRule("Fleet", "reboot_instances", Decision.ASK, at(14, 38)),
                new RuntimeRule("Fleet", "stop_instances", Decision.ALLOW, at(16, 38)));
        assertThat(Fixtures.problemsOf(RuntimeKind.BEDROCK_AGENT, "t.yaml", template.replace("[IsProd, ENABLED, DISABLED]", "[IsProd, ENABLD, ENABLED]")))
                .containsExactly("t.yaml:12:51: each value of the Fn::If of 'RequireConfirmation' must be ENABLED or DISABLED");
        // A parameter that can only be ENABLED, and an !If nested in another whose values all are, confirm.
        String decided = "Parameters:\n  ConfirmStops: {Type: String, AllowedValues: [ENABLED]}\n" + template
                .replace("!If [IsProd, ENABLED, DISABLED]", "!If [IsProd, ENABLED, !If [IsEu, ENABLED, ENABLED]]");
        assertThat(Fixtures.readText(RuntimeKind.BEDROCK_AGENT, "t.yaml", decided).get(0).rules()).extracting(RuntimeRule::decision)
                .containsExactly(Decision.ASK, Decision.ASK, Decision.ASK);
    }

    /** A group's state the template decides when deployed is DISABLED only if every branch of its !If is: else it may be invoked. */
    @Test
    void aStateDecidedAtDeploymentDisablesAGroupOnlyWhenEveryBranchDoes() throws Exception {
        String template = """
                Resources:
                  Ops:
                    Type: AWS::Bedrock::Agent
                    Properties:
                      AgentName: ops
                      AgentResourceRoleArn: arn:aws:iam::111122223333:role/ops-agent
                      ActionGroups:
                        - ActionGroupName: Fleet
                          ActionGroupState: !If [IsProd, ENABLED, DISABLED]
                          FunctionSchema:
                            Functions:
                              - Name: terminate_instances
                        - ActionGroupName: Capacity
                          ActionGroupState: !If [IsProd, DISABLED, DISABLED]
                          FunctionSchema:
                            Functions:
                              - Name: stop_instances
                """;
        assertThat(Fixtures.readText(RuntimeKind.BEDROCK_AGENT, "t.yaml", template).get(0).rules()).containsExactly(
                new RuntimeRule("Fleet", "terminate_instances", Decision.ALLOW, at(12, 23)),
                new RuntimeRule("Capacity", "", Decision.DENY, at(14, 29)));
        assertThat(Fixtures.problemsOf(RuntimeKind.BEDROCK_AGENT, "t.yaml", template.replace("[IsProd, ENABLED, DISABLED]", "[IsProd, ENABLD, DISABLED]")))
                .containsExactly("t.yaml:9:42: each value of the Fn::If of 'ActionGroupState' must be ENABLED or DISABLED");
    }

    @Test
    void aTagThatIsNoCloudFormationFunctionIsRefusedWhereItStands() {
        assertThat(Fixtures.problems(RuntimeKind.BEDROCK_AGENT, "bedrock-agent-bad.yaml")).containsExactly(
                "runtime/bedrock-agent-bad.yaml:6:29: the tag '!ImportRole' is not a CloudFormation function; templates allow only the "
                        + "short forms such as !Ref, !GetAtt, !Sub and !Join");
    }

    /** A function's Name written with !Sub is refused as what it is, once: not also as a function with no Name (red team). */
    @Test
    void aSubstitutedFunctionNameIsRefusedOnceWhereItStands() {
        String template = "Resources:\n  Agent:\n    Type: AWS::Bedrock::Agent\n    Properties:\n      AgentResourceRoleArn: arn:aws:iam::111122223333:role/a\n"
                + "      ActionGroups:\n        - ActionGroupName: G\n          FunctionSchema:\n            Functions:\n"
                + "              - Name: !Sub terminate_instances\n";
        assertThat(Fixtures.problemsOf(RuntimeKind.BEDROCK_AGENT, "t.yaml", template)).hasSize(1).allMatch(p -> p.startsWith("t.yaml:10:23: 'Name' must be"));
    }

    @Test
    void aConfirmationOfAnotherWordIsLocatedWithoutQuotingIt() {
        String template = "Resources:\n  Agent:\n    Type: AWS::Bedrock::Agent\n    Properties:\n      AgentResourceRoleArn: arn:aws:iam::111122223333:role/a\n"
                + "      ActionGroups:\n        - ActionGroupName: G\n          FunctionSchema:\n            Functions:\n"
                + "              - Name: f\n                RequireConfirmation: hunter2-mode-secret\n";
        assertThat(Fixtures.problemsOf(RuntimeKind.BEDROCK_AGENT, "t.yaml", template))
                .containsExactly("t.yaml:11:38: 'RequireConfirmation' must be ENABLED or DISABLED");
    }

    @Test
    void shortFormsBecomeTheLongFormsAndAliasesAreRefused() throws Exception {
        CloudFormationYamlReader reader = new CloudFormationYamlReader(InputLimits.DEFAULT);
        assertThat(BedrockAgentReader.written(((YMap) reader.read("t.yaml",
                "a: !Join [\"-\", [!Ref Stage, !Sub \"x\"]]\n")).get("a"))).isEqualTo("!Join [-, [!Ref Stage, !Sub x]]");
        assertThat(Fixtures.problemsOf(RuntimeKind.BEDROCK_AGENT, "t.yaml", "Resources:\n  A: &a {Type: X}\n  B: *a\n"))
                .containsExactly("t.yaml:2:6: anchors and aliases are not read in CloudFormation templates; write the value out");
        assertThat(Fixtures.problemsOf(RuntimeKind.BEDROCK_AGENT, "t.yaml", "Resources:\n  A:\n    <<: {Type: X}\n"))
                .containsExactly("t.yaml:3:5: merge keys ('<<') are not read in a CloudFormation template; write the keys out");
    }
}
