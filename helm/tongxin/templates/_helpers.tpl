{{/* Names, labels and the environment shared by every template. */}}

{{- define "tongxin.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "tongxin.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "tongxin.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels of every object; pass (dict "ctx" $ "component" "api"). */}}
{{- define "tongxin.labels" -}}
helm.sh/chart: {{ include "tongxin.chart" .ctx }}
{{ include "tongxin.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: tongxin
{{- end }}

{{- define "tongxin.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tongxin.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "tongxin.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{- define "tongxin.secretName" -}}
{{- default (include "tongxin.fullname" .) .Values.existingSecret }}
{{- end }}

{{/*
One secret key as an environment variable. Optional keys (optional: true) may be absent from
an existing Secret; the chart's own Secret leaves out the empty ones.
*/}}
{{- define "tongxin.secretEnv" -}}
- name: {{ .key }}
  valueFrom:
    secretKeyRef:
      name: {{ include "tongxin.secretName" .ctx }}
      key: {{ .key }}
      {{- if .optional }}
      optional: true
      {{- end }}
{{- end }}

{{/* The runtime roles' connections, shared by the API and the worker. */}}
{{- define "tongxin.runtimeSecretEnv" -}}
{{ include "tongxin.secretEnv" (dict "ctx" . "key" "TONGXIN_DATABASE__APP_URL") }}
{{ include "tongxin.secretEnv" (dict "ctx" . "key" "TONGXIN_DATABASE__SYSTEM_URL") }}
{{ include "tongxin.secretEnv" (dict "ctx" . "key" "TONGXIN_REDIS__URL" "optional" true) }}
{{ include "tongxin.secretEnv" (dict "ctx" . "key" "TONGXIN_STORAGE__S3_ACCESS_KEY_ID" "optional" true) }}
{{ include "tongxin.secretEnv" (dict "ctx" . "key" "TONGXIN_STORAGE__S3_SECRET_ACCESS_KEY" "optional" true) }}
{{ include "tongxin.secretEnv" (dict "ctx" . "key" "TONGXIN_MAIL__SMTP_URL" "optional" true) }}
{{ include "tongxin.secretEnv" (dict "ctx" . "key" "TONGXIN_REPORTS__KEK") }}
{{ include "tongxin.secretEnv" (dict "ctx" . "key" "TONGXIN_REPORTS__RETIRED_KEKS" "optional" true) }}
{{- if not .Values.existingSecret }}
{{- range $name, $_ := .Values.secrets.extra }}
{{ include "tongxin.secretEnv" (dict "ctx" $ "key" $name) }}
{{- end }}
{{- end }}
{{- end }}

{{/* The pod-level settings every Tongxin pod shares. */}}
{{- define "tongxin.podCommon" -}}
automountServiceAccountToken: false
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- end }}

{{/* Writable scratch space under a read-only root: the data dir and /tmp (uploads spool). */}}
{{- define "tongxin.scratchVolumes" -}}
- name: data
  emptyDir:
    sizeLimit: 1Gi
- name: tmp
  emptyDir:
    sizeLimit: 1Gi
{{- end }}

{{- define "tongxin.scratchMounts" -}}
- name: data
  mountPath: /var/lib/tongxin
- name: tmp
  mountPath: /tmp
{{- end }}

{{/* Refusals for values the schema cannot judge alone. */}}
{{- define "tongxin.checks" -}}
{{- $scaled := or (gt (int .Values.api.replicas) 1) .Values.autoscaling.api.enabled }}
{{- if and $scaled (not .Values.existingSecret) (not .Values.secrets.redisUrl) }}
{{- fail "secrets.redisUrl is required with more than one API replica: events and authorization changes travel between nodes through Redis" }}
{{- end }}
{{- if and (not .Values.existingSecret) (not .Values.secrets.database.ownerUrl) }}
{{- fail "secrets.database.ownerUrl (or existingSecret) is required" }}
{{- end }}
{{- if and (not .Values.existingSecret) (or (not .Values.secrets.database.appUrl) (not .Values.secrets.database.systemUrl)) }}
{{- fail "secrets.database.appUrl and secrets.database.systemUrl are required: URLs derived from the owner's carry no password" }}
{{- end }}
{{- if and (not .Values.existingSecret) (not .Values.secrets.reportKek) }}
{{- fail "secrets.reportKek is required: reports (检举控告) are encrypted at rest under it, and prod nodes refuse to start without it" }}
{{- end }}
{{- if and .Values.ingress.enabled (not .Values.ingress.host) }}
{{- fail "ingress.host is required when ingress.enabled" }}
{{- end }}
{{- end }}

{{/* Egress of every long-running pod: DNS, then networkPolicy.egress. */}}
{{- define "tongxin.egress" -}}
- ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
{{- with .Values.networkPolicy.egress }}
{{ toYaml . }}
{{- end }}
{{- end }}
