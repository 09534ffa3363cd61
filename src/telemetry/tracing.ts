import { context, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Config } from '../config.js';

/**
 * OpenTelemetry traces: a span for each HTTP request, one for its GraphQL operation under it, and
 * one for each Cypher statement under that, named by the statement's file (`cypher/<name>.cypher`).
 * Without a registered provider every span is a no-op; `startTracing` registers one that exports
 * over OTLP/HTTP when the configuration names an endpoint (OTEL_EXPORTER_OTLP_ENDPOINT).
 */
export const tracer = trace.getTracer('saidgraph');

export { context, SpanKind, trace, type Context, type Span };

/** Registers a provider that exports spans over OTLP/HTTP to `tracing.url`; returns its shutdown. */
export function startTracing(tracing: Config['tracing']): (() => Promise<void>) | null {
  if (!tracing) return null;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': tracing.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: tracing.url }))],
  });
  provider.register();
  return () => provider.shutdown();
}

/** Runs `work` in a span that is a child of `parent`, ending it with the outcome. */
export async function inSpan<R>(name: string, options: { kind: SpanKind; attributes?: Record<string, string | number>; parent?: Context | null }, work: (span: Span) => Promise<R>): Promise<R> {
  const parent = options.parent ?? context.active();
  const span = tracer.startSpan(name, { kind: options.kind, attributes: options.attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    failed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/** Marks a span as failed with the error's code and message. */
export function failed(span: Span, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error) span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? code : error instanceof Error ? error.message.slice(0, 200) : 'error' });
}
