// Inspects the container image tarball Jib wrote (cli/target/jib-image.tar), as `docker load`
// would read it, without a Docker daemon: one image tagged oversight:VERSION; every layer's digest
// matches the configuration's diff_ids; the entrypoint runs io.oversight.cli.Main as a non-root
// user in /work. Then it unpacks the layers and runs the image's own class path (with this
// machine's Java standing in for the base image's) on the incident sample: exit 1 and HO-02.
//
// Usage: node .ci/image-check.mjs cli/target/jib-image.tar VERSION
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

const [tarball, version] = process.argv.slice(2);
const fail = (message) => {
  console.error(`image: ${message}`);
  process.exit(1);
};
if (!tarball || !version) fail("usage: node .ci/image-check.mjs IMAGE.tar VERSION");

const work = mkdtempSync(join(tmpdir(), "oversight-image-"));
try {
  execFileSync("tar", ["-xf", resolve(tarball), "-C", work], { stdio: "pipe" });
  const manifest = JSON.parse(readFileSync(join(work, "manifest.json"), "utf8"));
  if (manifest.length !== 1) fail(`expected one image, found ${manifest.length}`);
  const [image] = manifest;
  if (JSON.stringify(image.RepoTags) !== JSON.stringify([`oversight:${version}`])) fail(`tags ${image.RepoTags}`);
  const config = JSON.parse(readFileSync(join(work, image.Config), "utf8"));

  const diffIds = config.rootfs.diff_ids;
  if (diffIds.length !== image.Layers.length) fail(`${image.Layers.length} layers but ${diffIds.length} diff_ids`);
  const layers = image.Layers.map((layer, i) => {
    const gzipped = readFileSync(join(work, layer));
    const tar = gunzipSync(gzipped);
    const digest = "sha256:" + createHash("sha256").update(tar).digest("hex");
    if (digest !== diffIds[i]) fail(`layer ${layer}: digest ${digest}, but the configuration says ${diffIds[i]}`);
    return join(work, layer);
  });

  const c = config.config;
  const entrypoint = c.Entrypoint ?? [];
  if (entrypoint[0] !== "java" || entrypoint.at(-1) !== "io.oversight.cli.Main") fail(`entrypoint ${JSON.stringify(entrypoint)}`);
  if (c.WorkingDir !== "/work") fail(`working directory ${c.WorkingDir}`);
  if (!c.User || /^(0|root)(:|$)/.test(c.User)) fail(`runs as ${c.User || "root"}`);
  if (c.Labels?.["org.opencontainers.image.version"] !== version) fail(`labels ${JSON.stringify(c.Labels)}`);

  const root = join(work, "rootfs");
  mkdirSync(root);
  // stdio piped: GNU tar warns about the LIBARCHIVE.creationtime headers of Jib's layers.
  for (const layer of layers) execFileSync("tar", ["-xzf", layer, "-C", root], { stdio: "pipe" });
  const classpathAt = entrypoint[entrypoint.indexOf("-cp") + 1];
  if (!classpathAt?.startsWith("@/")) fail(`class path ${classpathAt}`);
  const classpath = readFileSync(join(root, classpathAt.slice(1)), "utf8").trim().split(":").map((p) => join(root, p)).join(":");
  const flags = entrypoint.slice(1, entrypoint.indexOf("-cp"));
  const run = spawnSync("java", [...flags, "-cp", classpath, "io.oversight.cli.Main", "check", "samples/kiro-incident.yaml"], { encoding: "utf8" });
  if (run.status !== 1 || !run.stdout.includes("HO-02")) fail(`the image's class path ran with exit ${run.status}:\n${run.stdout}${run.stderr}`);
  console.log(`image: oversight:${version}, ${layers.length} layers whose digests match, entrypoint ${entrypoint.join(" ")}, user ${c.User}; its class path checks the sample`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
