package io.oversight.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretMaskerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "    apiToken: abc123def456                  |    apiToken: ****",
        "    password: \"hunter2\"  # rotate soon   |    password: ****  # rotate soon",
        "    client_secret: s3cr3t                   |    client_secret: ****",
        "    principal: AKIAIOSFODNN7EXAMPLE         |    principal: ****",
        "    note: use ghp_0123456789abcdefghijklmnopqrstuvwxyz today |    note: use **** today",
        "    key: -----BEGIN RSA PRIVATE KEY-----MIIE |    key: ****",
        "    bearer: eyJhbGciOiJIUzI1.eyJzdWIiOiIxMjM0.SflKxwRJSMeKKF2QT4 |    bearer: ****",
        "    db_credentials: admin:admin             |    db_credentials: ****",
        // A # inside a plain value is no comment; only a # after a space starts one.
        "    password: abc#def                       |    password: ****",
        // A webhook's token lets anyone post; a token glued to a tool name after an underscore is still one.
        "Bash(curl https://discord.com/api/webhooks/1234567890/Zx9-AbCdEfGhIjKlMnOp_qrstuv:*) |Bash(curl https://discord.com/api/webhooks/1234567890/****:*)",
        "Bash(curl https://acme.webhook.office.com/webhookb2/6f1c1f3e-aaaa@bbbb/IncomingWebhook/0123abcd/ef45:*) |Bash(curl https://acme.webhook.office.com/webhookb2/****:*)",
        "mcp__gh__ghp_0123456789abcdefghijklmnopqrstuvwxyz |mcp__gh__****",
        "https://discord.com/api/v10/webhooks/1234567890/Zx9-AbCdEfGhIjKlMnOp_qrstuv |https://discord.com/api/v10/webhooks/1234567890/****",
        "https://outlook.office.com/webhook/6f1c1f3e-aaaa@bbbb/IncomingWebhook/0123abcd/ef45 |https://outlook.office.com/webhook/****",
        "https://hooks.slack.com/triggers/T0123/456/abcdefABCDEF012345 |https://****",
        "https://hooks.slack-gov.com/services/T0123/B456/abcdefABCDEF012345 |https://****",
        "curl https://api.telegram.org/bot1234567890:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0/sendMessage |curl https://api.telegram.org/****/sendMessage",
        "https://webexapis.com/v1/webhooks/incoming/Y2lzY29zcGFyazovL3VzL1dFQkhPT0sv |https://webexapis.com/v1/webhooks/incoming/****",
        "https://hooks.zapier.com/hooks/catch/123456/abcdef/ |https://hooks.zapier.com/hooks/catch/****",
        "https://chat.example.com/hooks/xf8mbnbq1fd5zmwqzpsbzkbh7y |https://chat.example.com/hooks/****",
        "    password: abc #def                      |    password: **** #def",
        // Quoted values run to their closing quote, commas and all.
        "    password: \"a,b,c\", user: x             |    password: ****, user: x",
        "    password: 'it''s, secret'               |    password: ****",
        // Flow mappings end a plain value at , or }.
        "    env: {API_KEY: abc123, REGION: eu}      |    env: {API_KEY: ****, REGION: eu}",
        "    - {user: bob, password: pw1}            |    - {user: bob, password: ****}",
        // JSON and environment assignments.
        "    \"client_secret\": \"s3cr3t\",            |    \"client_secret\": ****,",
        "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY |AWS_SECRET_ACCESS_KEY=****",
        // Well-known shapes without a telling key.
        "    note: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY |    note: ****",
        // A parameter of an address ends with it: the words after it stay.
        "https://mcp.example.com/mcp?api-key=abc123def456ghi (with the credentials it holds) |https://mcp.example.com/mcp?api-key=**** (with the credentials it holds)",
        "https://x.example.com/a?token=abc123def456&region=eu |https://x.example.com/a?token=****&region=eu",
        // Red team: the key pair as backup tools write it; the secret key alone is not taken after a colon or a slash.
        "Bash(duplicity --s3 AKIAQ3EGRBXJ7W2LP5TZ:wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9aB3cD4e:*) |Bash(duplicity --s3 ****:*)",
        "Bash(aws-creds AKIAQ3EGRBXJ7W2LP5TZ/wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9aB3cD4e:*) |Bash(aws-creds ****:*)",
        "    url: https://deploy:hunter2@git.example.com/repo |    url: https://deploy:****@git.example.com/repo",
        "    note: glpat-abcdefghij0123456789            |    note: ****",
        "    note: sk_live_abcdefghij0123456789          |    note: ****",
        "    note: xoxb-1234567890-abcdefghij            |    note: ****",
        "    note: AIzaSyA1234567890abcdefghijklmnopqrstuv |    note: ****",
        "    note: npm_abcdefghijklmnopqrstuvwxyz0123456789 |    note: ****",
        // Passwords in prose, and a comment that names a credential beside a word that could be one.
        "    purpose: \"the db password is Tr0ub4dor&3horse for now\" |    purpose: \"the db password is **** for now\"",
        "    justification: \"legacy, pass: CorrectHorseBatteryStaple\" |    justification: \"legacy, pass: ****\"",
        "    - ec2:RunInstances  # root login for the db: admin / CANARYcommentPw99 |    - ec2:RunInstances  # ****",
        "# the token was Zx81-spectrum     |# the token was ****",
        // What a credential word names before "is", and a passphrase in quotes (the thirty-eighth session's red team).
        "    description: The password of the break-glass account is Winter2024-Blue; rotate it |    description: The password of the break-glass account is ****; rotate it",
        "    purpose: 'Restores the database; the password is \"correct horse battery staple\".' |    purpose: 'Restores the database; the password is \"****\".'",
        "# the token for deploy was rotated daily          |# the token for deploy was rotated daily",
        // Credentials on a command line, as a runtime's permission rule may spell them.
        "Bash(huggingface-cli upload --token hf_QmXq7ZtLwP9rVbN3kY2cJdF8sHgT4aUe upload:*) |Bash(huggingface-cli upload --token **** upload:*)",
        "Bash(vault login hvs.CAESIJr8kQz3xYwV7pN2mL5tB9cF1dH6gK4sA0eR:*) |Bash(vault login ****:*)",
        "Bash(curl -H 'Authorization: Bearer 9f86d081884c7d659a2feaa0c55ad015' https://api.example.com:*) |Bash(curl -H 'Authorization: Bearer ****' https://api.example.com:*)",
        "Bash(deployctl --password Tr0ub4dor-and-3 --env prod:*) |Bash(deployctl --password **** --env prod:*)",
        "Bash(deployctl --api-key 'k3y-Value' --env prod:*) |Bash(deployctl --api-key '****' --env prod:*)",
        "Bash(mysql -uroot -pHunter2Secret99 prod:*) |Bash(mysql -uroot -p**** prod:*)",
        "Bash(mysql -u root -pAb12cd prod:*) |Bash(mysql -u root -p**** prod:*)",
        "Bash(mysql -u root -p'Ab12&cd' prod:*) |Bash(mysql -u root -p'****' prod:*)",
        "Bash(curl -u deploy:Hunter2x https://ci.example.com:*) |Bash(curl -u deploy:**** https://ci.example.com:*)",
        "Bash(docker login -u ci -p Hunter2x registry.example.com:*) |Bash(docker login -u ci -p **** registry.example.com:*)",
        "Bash(sshpass -p Hunter2x ssh prod:*) |Bash(sshpass -p **** ssh prod:*)",
        "Bash(redis-cli -h cache -a Hunter2x FLUSHALL:*) |Bash(redis-cli -h cache -a **** FLUSHALL:*)",
        "Bash(az login -u ci@example.com -p Hunter2x:*) |Bash(az login -u ci@example.com -p ****:*)",
        "Bash(AZURE_STORAGE_KEY=ZmFrZWtleWZha2VrZXlmYWtla2V5ZmFrZWtleTM0== az storage blob delete:*) |Bash(AZURE_STORAGE_KEY=**** az storage blob delete:*)",
        "DB_PASS=Sup3rSecretPass24                   |DB_PASS=****",
        "DefaultEndpointsProtocol=https;accountkey=ZmFrZWtleWZha2VrZXlmYWtla2V5ZmFrZWtleTM0==;EndpointSuffix=core.windows.net |DefaultEndpointsProtocol=https;accountkey=****;EndpointSuffix=core.windows.net",
        "AccountKey=ZmFrZWtleWZha2Vr%2BZXlmYWtla2V5%2FZmFrZWtleTM0%3D%3D |AccountKey=****",
        // A secret among the parameters of a connection string or a URL is masked alone.
        "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=ZmFrZWtleWZha2VrZXlmYWtla2V5ZmFrZWtleTc7==;EndpointSuffix=core.windows.net "
                + "|DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=****;EndpointSuffix=core.windows.net",
        "\"aws:RequestTag/k\": \"AccountKey=ZmFrZWtleWZha2VrZXlmYWtla2V5ZmFrZWtleTQy==\"}} |\"aws:RequestTag/k\": \"AccountKey=****\"}}",
        "https://acct.blob.core.windows.net/c?sv=2021-08-06&se=2026-12-01&sig=abcdefABCDEF0123456789abcdef%2BABCDEF%3D "
                + "|https://acct.blob.core.windows.net/c?sv=2021-08-06&se=2026-12-01&sig=****",
        "s3://bucket/k?X-Amz-Date=20260101T000000Z&X-Amz-Signature=abcdef0123456789&x-id=GetObject "
                + "|s3://bucket/k?X-Amz-Date=20260101T000000Z&X-Amz-Signature=****&x-id=GetObject",
        // A secret-named key still masks the rest of its value.
        "s3://bucket/k?X-Amz-Security-Token=IQoJb3JpZ2luX2VjEabc&X-Amz-Date=20260101T000000Z |s3://bucket/k?X-Amz-Security-Token=****",
        // More providers' token shapes.
        "    note: SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG |    note: ****",
        "    note: ya29.a0AfH6SMBabcdefghijklmnopqrstuvwxyz0123456789 |    note: ****",
        "    note: glsa_AbCdEfGhIjKlMnOpQrStUvWxYz012345_abcdef12 |    note: ****",
        "    note: dop_v1_abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789 |    note: ****",
        // A password after a credential word and a blank alone, when it is shaped like one.
        "    organization: Org password Sup3rSecretPass18 |    organization: Org password ****",
        "    organization: Org token Sup3rSecretPass29   |    organization: Org token ****",
        "    organization: Org auth=Sup3rSecretPass23    |    organization: Org auth=****",
        // An API key or token of one case, hex or base62, or a UUID.
        "    notes: token 0123456789abcdef0123456789abcdef |    notes: token ****",
        "    notes: secret abcdefghijklmnopqrstuvwxyz012345 |    notes: secret ****",
        "    notes: the api token 123e4567-e89b-12d3-a456-426614174000 rotates |    notes: the api token **** rotates",
        "    notes: api key: 0123456789abcdef0123456789abcdef |    notes: api key: ****",
        "    notes: Datadog access key 0123456789ABCDEF0123456789ABCDEF |    notes: Datadog access key ****",
        "Bash(DATADOG_KEY=0123456789abcdef0123456789abcdef ./ship.sh:*) |Bash(DATADOG_KEY=**** ./ship.sh:*)",
        // A secret's word with a qualifier after it, in lower or camel case, or glued (red team): the name's words tell it.
        "      password_prod: hunter2                       |      password_prod: ****",
        "      db_password_ro: hunter2                      |      db_password_ro: ****",
        "      \"DbPasswordProd\": \"hunter2\",               |      \"DbPasswordProd\": ****,",
        "      \"apiKeyProd\": \"hunter2\"                    |      \"apiKeyProd\": ****",
        "      secret_key_base: hunter2                     |      secret_key_base: ****",
        "      PASSWORD-PROD: hunter2                       |      PASSWORD-PROD: ****",
        "      \"PGPASS\": \"hunter2\",                       |      \"PGPASS\": ****,",
        "      dbPass: hunter2                              |      dbPass: ****",
        "Bash(export db_password_prod=hunter2 && ./deploy.sh) |Bash(export db_password_prod=**** && ./deploy.sh)",
        "https://mcp.example.com/mcp?tenantKey=hunter2&page=2 |https://mcp.example.com/mcp?tenantKey=****&page=2",
        "      \"args\": [\"--api_key\", \"hunter2\", \"--db-pass\", \"hunter3\"] |      \"args\": [\"--api_key\", \"****\", \"--db-pass\", \"****\"]",
        "      - {name: DB_PASSWORD_PROD, value: hunter2}   |      - {name: DB_PASSWORD_PROD, value: ****}",
        // Secrets the fortieth session's red team left (a reproducer of the thirty-ninth's): a password spelt with digits for
        // letters after a credential word, in a longer sentence, as a user / password pair, Oracle's connect string, a value
        // named after it.
        "    description: Break-glass: user breakglass, password S3CRET-E01 (rotate). |    description: Break-glass: user breakglass, password **** (rotate).",
        "    # the password of the break-glass admin account in prod is S3CRET-E03 |    # the password of the break-glass admin account in prod is ****",
        "    description: the password of the break-glass admin account in prod is S3CRET-E03 |    description: the password of the break-glass admin account in prod is ****",
        "      # temp creds: dana / S3CRET-E02                |      # ****",
        "    justification: the deploy user (svc-deploy / S3CRET-E05) is rotated in Q1. |    justification: the deploy user (svc-deploy / ****) is rotated in Q1.",
        "        \"CONN\": \"scott/S3CRET-A20@//db:1521/ORCL\", |        \"CONN\": \"scott/****@//db:1521/ORCL\",",
        "        \"CONN\": \"scott/t1ger2024@db.example.com:1521/ORCL\", |        \"CONN\": \"scott/****@db.example.com:1521/ORCL\",",
        "    notes: connect as app/Pw9x2k7Qz@proddb        |    notes: connect as app/****@proddb",
        "      - {value: hunter2, name: PGPASS}               |      - {value: ****, name: PGPASS}",
        // A diceware passphrase has no digit or capital to tell it by.
        "    notes: break-glass password correct-horse-battery-staple |    notes: break-glass password ****",
        "    notes: the vault password is long-and-hard-to-guess |    notes: the vault password is ****",
        // Oracle's classic account at a listener's port: a lower-case word is a password there.
        "        \"CONN\": \"scott/tiger@db.example.com:1521/ORCL\", |        \"CONN\": \"scott/****@db.example.com:1521/ORCL\",",
        "    notes: sqlplus scott/tiger@db:1521              |    notes: sqlplus scott/****@db:1521",
        // The forty-first session's red team: approved commands with their passwords, env names the masker did not know, prose.
        "Bash(mc alias set prod https://minio.internal:9000 minioadmin pinecone88river:*) |Bash(mc alias set prod https://minio.internal:9000 minioadmin ****:*)",
        "Bash(rabbitmqctl add_user deploy orchid-harbor-4471:*) |Bash(rabbitmqctl add_user deploy ****:*)",
        "Bash(openssl enc -aes-256-cbc -d -k winter2026ledgerkey -in backup.enc:*) |Bash(openssl enc -aes-256-cbc -d -k **** -in backup.enc:*)",
        "Bash(openssl pkcs12 -in a.p12 -passin pass:winter2026ledger:*) |Bash(openssl pkcs12 -in a.p12 -passin pass:****:*)",
        "Bash(zip -P quartz77lantern -r dump.zip dump/:*) |Bash(zip -P **** -r dump.zip dump/:*)",
        "Bash(7z x -pamber63willow archive.7z:*) |Bash(7z x -p**** archive.7z:*)",
        "Bash(net use \\\\fs01\\share /user:corp\\svc ember55glacier:*) |Bash(net use \\\\fs01\\share /user:corp\\svc ****:*)",
        "    \"REDIS_AUTH\": \"sable-orbit-2026\", \"ADMIN_PASSCODE\": \"Maple2026Leaf\", |    \"REDIS_AUTH\": ****, \"ADMIN_PASSCODE\": ****,",
        "    \"BASIC_AUTH\": \"admin:Winter2026\", \"DB_PASSWORT\": \"Geheim2026x\"} |    \"BASIC_AUTH\": ****, \"DB_PASSWORT\": ****}",
        "      # fallback when SSO is down: IAM user agent-ci, pw Falcon2026x (ask Dana) |      # fallback when SSO is down: IAM user agent-ci, pw **** (ask Dana)",
        "    description: the creds are app:Winter2027 |    description: the creds are ****",
        "    Das Passwort für den Bastion-Host ist Geheim2026x und wird rotiert. |    Das Passwort für den Bastion-Host ist **** und wird rotiert.",
        "    Le mot de passe du compte de service est Soleil2026z. |    Le mot de passe du compte de service est ****",
        "    DB password (rotated monthly): Maple2026Leaf |    DB password (rotated monthly): ****",
        // The change review: more of the same shapes.
        "    Le mot de passe d'administration est Soleil2026z. |    Le mot de passe d'administration est ****",
        "    Das Passwort lautet Geheim2026x. |    Das Passwort lautet ****",
        "Bash(7zz x -pamber63willow a.7z:*) |Bash(7zz x -p**** a.7z:*)",
        "Bash(mc config host add prod https://minio:9000 minioadmin pinecone88river:*) |Bash(mc config host add prod https://minio:9000 minioadmin ****:*)",
        "Bash(net user svc-backup ember55glacier /add:*) |Bash(net user svc-backup **** /add:*)",
        "Bash(rabbitmqctl authenticate_user deploy orchid-harbor-4471:*) |Bash(rabbitmqctl authenticate_user deploy ****:*)",
    })
    void masksSecrets(String line, String masked) {
        assertThat(SecretMasker.mask(line.stripTrailing())).isEqualTo(masked.stripTrailing());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "    principal: arn:aws:iam::111122223333:role/agent-infra",
        // A role's name of 40 letters and digits after its path is no secret key.
        "    - arn:aws:iam::111122223333:role/ProdIncidentResponderAutomation2025",
        "Bash(git log -p:*)",
        "Bash(ls -a:*)",
        "Bash(docker run -u 1000 app:*)",
        "Bash(docker run -p 8080:80 app:*)",
        "Bash(deployctl --token-file /run/secrets/deploy:*)",
        "    actions: [read, delete]",
        "    tokens:",
        "    independentOfRequester: true",
        "      - ec2:TerminateInstances",
        "    credentialTtlMinutes: 720",
        "    password: ****",
        "    secretName: prod-db",
        "    sha256: 3f786850e387550fdab836ed7e6dc881de23001b",
        "    resources: [arn:aws:s3:::audit-logs/agents/2026/*]",
        "    url: https://git.example.com/repo",
        "      # have asked was the operator whose credentials it was using.",
        "    justification: the token is rotated daily",
        "    # no credentialTtlMinutes: a static key that never expires",
        "    purpose: pass the change to the on-call engineer",
        "    purpose: pass Kubernetes manifests to the secret Manager access check",
        "    notes: login: github-actions, rotated; last login 2026-03-01",
        "# PM-01: the agent acts with its operator credentials (identity: inherited), see PM-01b",
        "    note: \"a # token for the v2-api gateway\"",
        "    purpose: rate limits by token bucket; password rotation policy of the auth service",
        "    notes: password v2-rotation, token gpt4-turbo, secret Kubernetes manifests",
        "    notes: auth: oidc, auth=AzureAD",
        "      - eks-auth:AssumeRoleForPodIdentity",
        "    sort_key=createdAt2026",
        "    resources: [arn:aws:dynamodb:eu-west-1:111122223333:table/SigningKeys2026]",
        // Settings in variables named like keys, which a reviewer must see.
        "Bash(SKIP_AUTH=true terraform destroy:*)",
        "Bash(DISABLE_AUTH=1 ./deploy.sh:*)",
        "Bash(KMS_KEY=alias/prod-backups aws kms encrypt:*)",
        "Bash(SORT_KEY=createdAt ./report.sh:*)",
        "Bash(S3_KEY=reports/2026/q3.csv aws s3 rm:*)",
        // Long names with dashes or underscores, and the words after an API key's name.
        "    notes: password argon2id-hashed-with-salt-2026, token exchange-v2-for-agents-2026",
        "Bash(SORT_KEY=created_at_2026_descending ./report.sh:*)",
        "    notes: the api key rotation policy, access key age under 90 days",
        // Settings about a secret, named by their last word, and words that hold a secret's word without being one.
        "    password_file: /run/secrets/db",
        "    max_tokens: 4096",
        "    token_ttl_days: 30",
        "    bearer_token_env_var: GITHUB_TOKEN",
        "    secret_name: db-creds",
        "    tokenizer: cl100k",
        "    bypass_cache: true",
        "    pass_through: headers",
        "    primary_key: id",
        "    monkey_patch: false",
        "    passwordRotationDays: 90",
        // The change review: settings named with a secret's word had been masked, and so read as credentials written in the file.
        "      \"LLM_OPTS\": \"--token-limit 4000\",",
        "      \"SESSION_OPTS\": \"token_lifetime=3600\",",
        "    secret_scanning: enabled",
        "    AccessTokenValidity: 60",
        "    EnableTokenRevocation: true",
        "    sshKey: ~/.ssh/id_ed25519",
        "    PasswordReusePrevention: 24",
        "    notes: pass: 2 of 3 reviewers",
        "Bash(deployctl --password-policy strict --token-audience api:*)",
        "        \"X-Request-Id\": \"abc123\",",
        "    \"k8s-api\": {\"command\": \"kubectl-mcp\"},",
        "        \"Authorization\": \"Bearer ${GITHUB_TOKEN}\"",
        "        \"X-Api-Key\": \"${API_KEY}\",",
        "    password: \"${DB_PASSWORD}\"",
        "Bash(curl -H \"X-GitHub-Api-Version: 2022-11-28\" https://api.github.com:*)",
        "Bash(mcp-proxy --header \"X-Correlation-Id: abc123def\" --header \"X-Keycloak-Realm: prod\" --header \"X-Token-Type: bearer\":*)",
        // A git hooks folder is no webhook.
        "Bash(rm -rf /srv/app/.git/hooks/preparecommitmessagehelperz:*)",
        // Neither a user and password, nor a connect string, nor a password spelt with digits.
        "    purpose: read / write access to the CI / CD pipeline of dev / staging / prod",
        "    notes: the token of the AES-256 / SHA-512 gateway is gpt4-turbo",
        "    notes: password argon2id-hashed for the k8s-admin role",
        "    image: ghcr.io/org/agent2024x@sha256:3f786850e387550fdab836ed7e6dc881de23001b",
        "    uses: actions/checkout@v4",
        "    contact: sre/oncall@northwind.example",
        "      - {value: debug, name: LOG_LEVEL}",
        "    # the token of the agent is rotated every 90 days",
        "      - eks-auth:AssumeRoleForPodIdentity",
        "    SKIP_AUTH: \"true\"",
        "    notes: the pw rotation policy of the gateway",
        "    notes: Das Passwort für den Bastion-Host ist vierteljährlich zu rotieren",
        "    notes: the password (see the runbook): rotated monthly",
        // The change review: no user or credential beside the pair, a variable, a method, a word after a parenthesis, a Go module.
        "    notes: runs on Windows / Ubuntu22.04 and m5.large / r6g.2xlarge",
        "Bash(openssl enc -d -k $PASSFILE -in backup.enc:*)",
        "Bash(mc alias set prod https://minio:9000 minioadmin ${MINIO_SECRET}:*)",
        "    SMTP_AUTH: login",
        "    KAFKA_SASL_AUTH: SCRAM-SHA-512",
        "    notes: The token (see ADR-12): Documented",
        "    GOPROXY: https://proxy.example.com, pkg/mod@host:8080",
        "    notes: mirrors golang.org/x@proxy:8443 and pkg/mod@cache:2480",
        "    notes: the password self-service portal and password-less sign-in",
        "    notes: a password roll-out-plan for the gateway",
    })
    void leavesOrdinaryLinesAlone(String line) {
        assertThat(SecretMasker.mask(line)).isEqualTo(line);
    }

    @Test
    void masksAPrivateKeyToItsEndLineInATextOfSeveralLines() {
        assertThat(SecretMasker.mask("keys:\n-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vc\n-----END RSA PRIVATE KEY-----\nend"))
                .isEqualTo("keys:\n****\nend");
        assertThat(SecretMasker.mask("-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vc")).isEqualTo("****");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "infra-assistant | false",
        "Northwind Cloud Services | false",
        "ghp_0123456789abcdefghijklmnopqrstuvwxyz | true",
        "xoxb-1234567890 | true",
        "a password=x | true",
        "AKIAIOSFODNN7EXAMPLE | true",
        "ec2:TerminateInstances | false",
        "arn:aws:iam::111122223333:role/agent-infra | false",
        "DescribeInstanceAttributes | false",
        "'\"db_Passwd\" = x' | true",
    })
    void tellsWhetherATextHoldsASecret(String text, boolean secret) {
        assertThat(SecretMasker.holdsSecret(text)).isEqualTo(secret);
    }

    @Test
    void findsSecretsWrittenOverSeveralLines() {
        List<String> lines = List.of(
                "agents:",
                "  - id: bot",
                "    password: |",
                "      line one",
                "",
                "      line two",
                "    owner: olga",
                "    tlsKey: >-",
                "      folded",
                "    description: |",
                "      not a secret",
                "    note: -----BEGIN OPENSSH PRIVATE KEY-----",
                "      b3BlbnNzaC1rZXktdjEAAAAA",
                "      -----END OPENSSH PRIVATE KEY-----",
                "    end: here");
        assertThat(SecretMasker.secretBlocks(lines).stream().boxed().toList()).containsExactly(3, 4, 5, 12, 13);
        assertThat(SecretMasker.maskWholeLine("      line one")).isEqualTo("      ****");
    }

    /**
     * What a PDF's quote of the lines around a finding had shown, each line masked alone: a TOML
     * string and a YAML quoted string that go on past their key's line, and a value on the line
     * after a name that is a secret's.
     */
    @Test
    void findsQuotedValuesAndNamedValuesOverSeveralLines() {
        List<String> lines = List.of(
                "[mcp_servers.db.env]",
                "DB_PASSWORD = \"\"\"",
                "Winter2025!toml\"\"\"",
                "LOG_LEVEL = \"\"\"debug\"\"\"",
                "    secret: \"first part \\\" and",
                "      the rest\"",
                "    api_key: 'it''s",
                "      long'",
                "    headers:",
                "      - name: X-Api-Key",
                "        value: Winter2025!kag",
                "      - name: X-Team",
                "        value: platform",
                "    description: \"a note",
                "      over two lines\"");
        assertThat(SecretMasker.secretBlocks(lines).stream().boxed().toList()).containsExactly(2, 5, 7, 10);
        // A variable's name of several words, and Name and Value as CloudFormation writes them.
        assertThat(SecretMasker.secretBlocks(List.of("        - name: DB_PASSWORD_PROD", "          value: Winter2025!kag", "        - Name: PgPasswordRo",
                "          Value: Winter2025!cfn", "        - name: LOG_LEVEL", "          value: debug")).stream().boxed().toList()).containsExactly(1, 3);
        // The value before its name, as a manifest may order an item's keys; a name of the next item names no value of this one.
        assertThat(SecretMasker.secretBlocks(List.of("        - value: S3CRET-C02", "          name: PGPASS", "        - value: debug",
                "          name: LOG_LEVEL", "        - value: \"true\"", "        - name: DB_PASSWORD")).stream().boxed().toList()).containsExactly(0);
        // Prose that wraps between a credential word and the password: a comment, a folded description, a quoted name.
        List<String> wrapped = List.of(
                "# rotate it: the console admin password is",
                "# Winter2025!dep (rotate it after use)",
                "    description: >-",
                "      Retries the call with password",
                "      Winter2025!cfn and retry.",
                "    name: \"Infra assistant (db pass:",
                "      Winter2025!nam)\"",
                "# the password is",
                "# rotated every month",
                "# a token",
                "# Kubernetes reads it");
        assertThat(SecretMasker.secretBlocks(wrapped).stream().boxed().toList()).containsExactly(1, 4, 6);
        // An argument list written one item a line: the item after a secret's flag is its value.
        List<String> arguments = List.of(
                "      \"args\": [",
                "        \"--password\",",
                "        \"correct-horse-battery-staple\"",
                "      ],",
                "    args:",
                "      - --db-token",
                "      - correct-horse-battery-staple",
                "      - --host",
                "      - db.internal",
                "      \"args\": [\"--no-password\",",
                "        \"--read-only\"],",
                "      \"args\": [\"--password\",",
                "        \"--read-only\"]");
        assertThat(SecretMasker.secretBlocks(arguments).stream().boxed().toList()).as("--no-password is no secret's flag; a flag is no value")
                .containsExactly(2, 6);
    }

    @Test
    void aPersonsTokensAreToldApartFromAnAppsOwn() {
        assertThat(SecretMasker.holdsPersonalToken("GITHUB_TOKEN=gho_16C7e42F292c6912E7710c838347Ae178B4a")).as("gh auth token").isTrue();
        assertThat(SecretMasker.holdsPersonalToken("ghp_16C7e42F292c6912E7710c838347Ae178B4a")).isTrue();
        assertThat(SecretMasker.holdsPersonalToken("ghr_16C7e42F292c6912E7710c838347Ae178B4a")).as("an app's refresh token for a user").isTrue();
        assertThat(SecretMasker.holdsPersonalToken("ghs_16C7e42F292c6912E7710c838347Ae178B4a")).as("an app installation's own").isFalse();
        assertThat(SecretMasker.mask("token gho_16C7e42F292c6912E7710c838347Ae178B4a")).doesNotContain("gho_16C7");
    }

    /** Other services' tokens issued to a person, each in its own format, and their organizations' or services' own, which are not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sbp_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b | true",
        "dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef | true",
        "hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 | true",
        "sntryu_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef | true",
        "sntrys_eyJpYXQiOjE2ODgwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ_0123456789abcdef | false",
        "dapi0123456789abcdef0123456789abcdef | true",
        "dp.pt.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEf | true",
        "dp.st.prd.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEf | false",
        "npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 | true",
        "pypi-AgEIcHlwaS5vcmcCJDAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMAACKlszLCJhYmMiXQ | true",
        "PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01 | true",
        "lin_api_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd | true",
        "figd_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCd | true"
    })
    void otherServicesTokensOfAPersonAreToldApart(String token, boolean personal) {
        assertThat(SecretMasker.holdsPersonalToken("--access-token " + token)).as(token).isEqualTo(personal);
        assertThat(SecretMasker.mask("--access-token " + token)).as(token).doesNotContain(token.substring(8));
    }

    /**
     * A BEGIN line with no END (a comment that names one) masks itself from BEGIN on and the lines
     * of key material after it, not every line that follows: the evidence quoted after it had
     * shown nothing but masks.
     */
    @Test
    void aPrivateKeysBeginLineWithoutAnEndMasksOnlyTheKeyMaterialAfterIt() {
        assertThat(SecretMasker.mask("# see -----BEGIN RSA PRIVATE KEY----- handling\nMIIBOgIBAAJBAKj34GkxFhD90vc\nagents:\n  - id: coder"))
                .isEqualTo("# see ****\nagents:\n  - id: coder");
        List<String> lines = List.of("# see -----BEGIN RSA PRIVATE KEY----- handling", "MIIBOgIBAAJBAKj34GkxFhD90vc", "", "agents:",
                "  - id: coder", "-----BEGIN OPENSSH PRIVATE KEY-----", "b3BlbnNzaC1rZXktdjEAAAAA", "-----END OPENSSH PRIVATE KEY-----", "x: 1");
        assertThat(SecretMasker.secretBlocks(lines).stream().boxed().toList()).containsExactly(1, 2, 6, 7);
    }

    /** A permission rule for a command named like a password key keeps its wildcard: it holds no secret. */
    @Test
    void aRulesWildcardAfterAPasswordLikeCommandIsNoSecret() {
        assertThat(SecretMasker.mask("Bash(pwd:*)")).isEqualTo("Bash(pwd:*)");
        assertThat(SecretMasker.mask("[\"Bash(pwd:*)\", \"Bash(ls:*)\"]")).isEqualTo("[\"Bash(pwd:*)\", \"Bash(ls:*)\"]");
        assertThat(SecretMasker.mask("pwd: Tr0ub4dor-and-3")).isEqualTo("pwd: ****");
    }

    /**
     * A key quoted whole with its value in a message ends at the quote that opened it: the rest of
     * the message stays (the masker had eaten "in 'metadata'" and the keys expected).
     */
    @Test
    void aQuotedKeyAndValueInAMessageIsMaskedToItsClosingQuote() {
        assertThat(SecretMasker.mask("unknown key 'password=Hunter2HorseWord' in 'metadata'; expected one of: name, owner"))
                .isEqualTo("unknown key 'password=****' in 'metadata'; expected one of: name, owner");
        assertThat(SecretMasker.mask("{\"password\": \"Hunter2HorseWord\", \"user\": \"dana\"}"))
                .isEqualTo("{\"password\": ****, \"user\": \"dana\"}");
    }

    /**
     * What a report quotes as written is masked beyond the known shapes: a run that looks drawn at
     * random and a UUID (keys no pattern names), while words, names and ids with a number in them
     * stay readable.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`      \"DD_APPLICATION_KEY\": \"9c8b7a6f5e4d3c2b1a0f9e8d\",` | `      \"DD_APPLICATION_KEY\": ****,`",
        "`Bash(curl -H 'Authorization: SSWS 00Qk7aQwErTy5UiOpAsDf')` | `Bash(curl -H 'Authorization: SSWS ****')`",
        "`GenieKey 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9` | `GenieKey ****`",
        "`https://events.pagerduty.com/integration/0a1b2c3d4e5f67890a1b2c3d/enqueue` | `https://events.pagerduty.com/integration/****/enqueue`",
        "`glrt-XyZ12abCDef34ghIJkl56mN` | `****`",
        "`redis://:Rd5nW8qL2xKv7Zp@cache:6379/0` | `redis://:****@cache:6379/0`",
        "`whsec_MbXk7sV2qL9pR4tW8yZ3nA6cF1gH5jK0` | `****`",
        "`uvx awslabs.aws-api-mcp-server@latest --region eu-west-1` | `uvx awslabs.aws-api-mcp-server@latest --region eu-west-1`",
        "`arn:aws:iam::123456789012:role/ops-x509Certificate-2024` | `arn:aws:iam::123456789012:role/ops-x509Certificate-2024`",
        "`coredns-5d78c9869d i-0123456789abcdef0 ubuntu-22.04 sha256` | `coredns-5d78c9869d i-0123456789abcdef0 ubuntu-22.04 sha256`",
        "`Bash(aws ec2 stop-instances --instance-ids i-0f3a9c2b7d1e4a6b8 vpc-0a1b2c3d)` | `Bash(aws ec2 stop-instances --instance-ids i-0f3a9c2b7d1e4a6b8 vpc-0a1b2c3d)`",
        "`      - arn:aws:ec2:eu-west-1:111122223333:instance/i-0f3a9c2b7d1e4a6b8` | `      - arn:aws:ec2:eu-west-1:111122223333:instance/i-0f3a9c2b7d1e4a6b8`",
        "`\"Resource\": \"arn:aws:kms:eu-west-1:111122223333:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\"` | `\"Resource\": \"arn:aws:kms:eu-west-1:111122223333:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\"`",
        "`token-0f3a9c2b7d1e4a6b8 xi-0f3a9c2b7d1e4a6b8 i-0F3A9C2B7D1E4A6B8X` | `token-**** xi-**** i-****`",
        "`HEROKU_API_KEY 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d notarn:1a2b3c4d5e6f7a8b9c` | `HEROKU_API_KEY **** notarn:****`",
        "`arn:aws:ecs:eu-west-1:111122223333:task/ops/0a1b2c3d4e5f67890a1b2c3d4e5f6789 arn:aws:iam::1:user/Xk9fQ2mZ7pL4vB8nR3tY` | `arn:aws:ecs:eu-west-1:111122223333:task/ops/0a1b2c3d4e5f67890a1b2c3d4e5f6789 arn:aws:iam::1:user/****`",
        // A token spelt in JSON escapes, which a PDF's quote of the line showed as written; a name in escapes of another script stays.
        "`\"Bash(echo \\u0067\\u0068\\u0070\\u005f\\u005a\\u0078\\u0038\\u0051 | gh auth login --with-token)\"` | `\"Bash(echo **** | gh auth login --with-token)\"`",
        "`\"owner\": \"\\u5f20\\u4f1f\\u5f20\\u4f1f\\u5f20\\u4f1f\"` | `\"owner\": \"\\u5f20\\u4f1f\\u5f20\\u4f1f\\u5f20\\u4f1f\"`",
    })
    void aQuotedTextHasRandomRunsMasked(String text, String quoted) {
        assertThat(SecretMasker.maskQuoted(text)).isEqualTo(quoted);
    }

    /** Credentials in the command-line and header forms the red team found, masked; settings that only look alike, kept. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`Bash(curl -uops:hunter22 https://x)` | `Bash(curl -uops:**** https://x)`",
        "`Bash(curl --user=ops:hunter22 https://x)` | `Bash(curl --user=ops:**** https://x)`",
        "`Bash(curl -H 'Cookie: sess=abcdef' https://x)` | `Bash(curl -H 'Cookie: ****' https://x)`",
        "`Bash(curl -H 'DD-APPLICATION-KEY: rdappkey77' https://x)` | `Bash(curl -H 'DD-APPLICATION-KEY: ****' https://x)`",
        "`Bash(curl -H 'Authorization: GenieKey abcdef' https://x)` | `Bash(curl -H 'Authorization: GenieKey ****' https://x)`",
        "`Bash(twine upload -u __token__ -p pypitoken1 dist/*)` | `Bash(twine upload -u __token__ -p **** dist/*)`",
        "`Bash(sqlcmd -S db -U sa -P hunter22)` | `Bash(sqlcmd -S db -U sa -P ****)`",
        "`Bash(ldapsearch -D cn=admin -w hunter22)` | `Bash(ldapsearch -D cn=admin -w ****)`",
        "`Bash(keytool -list -storepass hunter22)` | `Bash(keytool -list -storepass ****)`",
        "`Bash(smbclient //srv/share -U ops%hunter22)` | `Bash(smbclient //srv/share -U ops%****)`",
        "`Bash(aws secretsmanager put-secret-value --secret-string hunter22)` | `Bash(aws secretsmanager put-secret-value --secret-string ****)`",
        "`      \"PAGERDUTY_ROUTING_KEY\": \"abcdefabcdef\",` | `      \"PAGERDUTY_ROUTING_KEY\": ****,`",
        "`      SMTP_PASS: hunter22` | `      SMTP_PASS: ****`",
        "`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx-7aba-4bc4-97a0-0ec2sifa5aaa` | `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****`",
        "`https://fn.azurewebsites.net/api/run?code=abc&name=x` | `https://fn.azurewebsites.net/api/run?code=****&name=x`",
        "`Bash(curl --user=admin:hunter2xyz https://x)` | `Bash(curl --user=admin:**** https://x)`",
        "`Bash(vault login s.AbCdEfGhIjKlMnOpQrStUvWx)` | `Bash(vault login ****)`",
        "`redis://:Rd5nW8qL2xKv7Zp@cache:6379/0` | `redis://:****@cache:6379/0`",
        "`pypi-release-agent dapi-gateway-agent glrt-runner` | `pypi-release-agent dapi-gateway-agent glrt-runner`",
        "`apiVersion: rbac.authorization.k8s.io/v1` | `apiVersion: rbac.authorization.k8s.io/v1`",
        "`sessionDuration: 3600` | `sessionDuration: 3600`",
        "`public_key_path: keys/ops.pub` | `public_key_path: keys/ops.pub`",
        // The thirty-ninth session's red team: logins that take -p, a password piped to one, Oracle's user/password@db, a header
        // without a blank, JSON and TOML maps of headers, a flag with a qualifier, a '/' in a URL's password, a token parameter.
        "`Bash(oc login -u admin -p Summer2024x:*)` | `Bash(oc login -u admin -p ****:*)`",
        "`Bash(echo hunter22 | docker login -u me --password-stdin:*)` | `Bash(echo **** | docker login -u me --password-stdin:*)`",
        "`Bash(sqlplus system/hunter22@ORCL @run.sql)` | `Bash(sqlplus system/****@ORCL @run.sql)`",
        "`Bash(curl -H \"X-Custom-Auth:hunter22\" https://x:*)` | `Bash(curl -H \"X-Custom-Auth:****\" https://x:*)`",
        "`        \"Authorization\": \"Token hunter22\",` | `        \"Authorization\": \"Token ****\",`",
        "`        \"Cookie\": \"session=hunter22\"` | `        \"Cookie\": \"****\"`",
        "`http_headers = { \"X-Tenant-Key\" = \"hunter22\" }` | `http_headers = { \"X-Tenant-Key\" = \"****\" }`",
        "`Bash(deployctl --password-prod hunter22:*)` | `Bash(deployctl --password-prod ****:*)`",
        "`Bash(deployctl --token-file /run/secrets/t:*)` | `Bash(deployctl --token-file /run/secrets/t:*)`",
        "`postgres://app:Ab/hunter22@db:5432/app` | `postgres://app:****@db:5432/app`",
        "`https://registry.example.com:443/@scope/pkg` | `https://registry.example.com:443/@scope/pkg`",
        "`https://mcp.example.com/mcp?pat=hunter22` | `https://mcp.example.com/mcp?pat=****`",
        // The second change review: a URL's password before a rule's end, a pipe or a command's end; TOML and YAML header forms;
        // numbers and base64 under a secret's qualified name.
        "`Bash(git push https://ci:PlainPushPw77@git.example.com:*)` | `Bash(git push https://ci:****@git.example.com:*)`",
        "`Bash(curl https://u:CurlPw88word@h.example.com|jq:*)` | `Bash(curl https://u:****@h.example.com|jq:*)`",
        "`X-Custom-Auth = \"CustomAuthSecret5555\"` | `X-Custom-Auth = \"****\"`",
        "`    Authorization: \"Token hunter22\"` | `    Authorization: \"Token ****\"`",
        "`    client_secret_prod: 8472910374` | `    client_secret_prod: ****`",
        "`    apiKeyProd: /K7MDENGbPxRfiCYEXAMPLEKEY` | `    apiKeyProd: ****`",
        "`Bash(sqlplus scott/tiger@orcl)` | `Bash(sqlplus scott/****@orcl)`",
        "`postgres://app:p@ss@db.example.com:5432/app?sslmode=require` | `postgres://app:****@db.example.com:5432/app?sslmode=require`",
        "`      db_password_prod: 123456` | `      db_password_prod: ****`",
        // What the thirty-sixth session's red team found: a password with an @ in it, a Go driver's address, a pair's value, pw alone, a referer.
        "`Bash(psql postgresql://admin:p@ssw0rd-Prod-7@db.example.com/app)` | `Bash(psql postgresql://admin:****@db.example.com/app)`",
        "`\"url\": \"https://svc:p@ssRemote55@mcp.example.com/mcp\"` | `\"url\": \"https://svc:****@mcp.example.com/mcp\"`",
        "`Bash(migrate -dsn admin:Summer2024pass@tcp(prod.db:3306)/app up)` | `Bash(migrate -dsn admin:****@tcp(prod.db:3306)/app up)`",
        "`Bash(migrate -dsn admin:p@ss/Prod-77@tcp(prod.db:3306)/app up)` | `Bash(migrate -dsn admin:****@tcp(prod.db:3306)/app up)`",
        "`headersFrom: [{name: X-Api-Key, value: Winter2025!kag}]` | `headersFrom: [{name: X-Api-Key, value: ****}]`",
        "`env: [{\"name\": \"DB_PASSWORD\", \"value\": \"Winter2025\"}]` | `env: [{\"name\": \"DB_PASSWORD\", \"value\": ****}]`",
        "`env: [{name: LOG_LEVEL, value: debug}]` | `env: [{name: LOG_LEVEL, value: debug}]`",
        "`Deploys with db pw: correcthorse daily` | `Deploys with db pw: ****`",
        "`\"Condition\": {\"StringEquals\": {\"aws:Referer\": \"Winter2025!iam\"}}` | `\"Condition\": {\"StringEquals\": {\"aws:Referer\": ****}}`",
        "`mail ops@example.com (on call) at https://example.com/x` | `mail ops@example.com (on call) at https://example.com/x`",
        "`Bash(git clone https://S3CRET-A07@git.example.com/org/repo:*)` | `Bash(git clone https://****@git.example.com/org/repo:*)`",
        "`git clone https://alice@bitbucket.org/team/repo.git` | `git clone https://alice@bitbucket.org/team/repo.git`",
        "`https:/admin:S3CRET-F03@host.example.com/dep.yaml: no such file` | `https:/admin:****@host.example.com/dep.yaml: no such file`",
        "`C:/Users/dana:x@y` | `C:/Users/dana:x@y`",
        "`git clone ssh://git2024user@host.example.com/repo` | `git clone ssh://git2024user@host.example.com/repo`",
        // The thirty-eighth session's red team: a flag and its value as items of an argument list, a secret word inside a variable's name.
        "`args = [\"-y\", \"@acme/mcp-postgres\", \"--password\", \"correct-horse-battery-staple\"]` | `args = [\"-y\", \"@acme/mcp-postgres\", \"--password\", \"****\"]`",
        "`\"args\": [\"--api-key\", 'hunter22x']` | `\"args\": [\"--api-key\", '****']`",
        "`\"DB_PASSWORD_PROD\": \"correct-horse-battery-staple\",` | `\"DB_PASSWORD_PROD\": ****,`",
        "`PGPASSWORD_RO: Autumn2025-Green` | `PGPASSWORD_RO: ****`",
        "`\"args\": [\"--host\", \"db.internal\"]` | `\"args\": [\"--host\", \"db.internal\"]`",
        "`DB_PASS_PROD: hunter22x` | `DB_PASS_PROD: ****`",
        "`args: [--password, hunter22x, --host, db]` | `args: [--password, ****, --host, db]`",
        // A capital name about a secret, not holding one, keeps its value (the change review): where it is kept, a measure of it.
        "`TOKEN_TTL_DAYS: 30` | `TOKEN_TTL_DAYS: 30`",
        "`\"DB_PASSWORD_FILE\": \"/run/secrets/db\",` | `\"DB_PASSWORD_FILE\": \"/run/secrets/db\",`",
        "`PASSWORD_MIN_LENGTH: 14` | `PASSWORD_MIN_LENGTH: 14`",
        "`\"CLAUDE_CODE_MAX_OUTPUT_TOKENS\": \"32000\"` | `\"CLAUDE_CODE_MAX_OUTPUT_TOKENS\": \"32000\"`",
        "`BYPASS_CACHE: yes-please` | `BYPASS_CACHE: yes-please`",
        "`\"args\": [\"--no-password\", \"--user\", \"ops\"]` | `\"args\": [\"--no-password\", \"--user\", \"ops\"]`",
    })
    void commandLineAndHeaderCredentialsAreMasked(String text, String masked) {
        assertThat(SecretMasker.mask(text)).isEqualTo(masked);
    }
}
