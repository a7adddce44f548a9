// The OpenAPI 3.1 description of the bot's webhook, made from the package's JSON Schemas
// (tiantian-support/schemas `jsonSchemas`), so its enums cannot drift from the library's.
// `node examples/bot/openapi.mjs` writes examples/bot/openapi.json.
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from 'tiantian-support/schemas';

/** A JSON Schema without its `$schema` line (OpenAPI 3.1 components are draft 2020-12 already). */
function component(schema) {
  const { $schema: _, ...rest } = schema;
  return rest;
}

export function botOpenApi() {
  const issue = {
    type: 'object',
    required: ['code', 'message', 'path'],
    properties: {
      code: { type: 'string' },
      message: { type: 'string' },
      path: { type: 'array', items: { type: ['string', 'integer'] } },
    },
  };
  const problem = {
    description: 'What is wrong with the request',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          properties: { error: { type: 'object', properties: { issues: { type: 'array', items: issue } } } },
        },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'tiantian-support example bot', version: '1.0.0' },
    paths: {
      '/message': {
        post: {
          summary: "A customer's message in; the reply, the channels and the deadline out",
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/BotMessage' } } },
          },
          responses: {
            200: {
              description: 'The answer',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/BotAnswer' } } },
            },
            400: problem,
            413: problem,
          },
        },
      },
    },
    components: {
      schemas: {
        BotMessage: {
          type: 'object',
          required: ['conversationId', 'text'],
          properties: {
            conversationId: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
            text: { type: 'string', minLength: 1 },
          },
        },
        BotAnswer: {
          type: 'object',
          required: [
            'conversationId',
            'status',
            'issueType',
            'handoff',
            'risk',
            'reply',
            'channels',
            'deadline',
          ],
          properties: {
            conversationId: { type: 'string' },
            status: { enum: ['handoff', 'matched', 'ambiguous', 'no-match'] },
            issueType: { anyOf: [{ $ref: '#/components/schemas/IssueTypeSchema' }, { type: 'null' }] },
            handoff: { type: 'boolean' },
            risk: { enum: ['none', 'low', 'medium', 'high'] },
            reply: { type: 'string' },
            channels: {
              type: 'array',
              items: {
                type: 'object',
                required: ['channel', 'due'],
                properties: {
                  channel: { $ref: '#/components/schemas/ChannelIdSchema' },
                  due: { type: 'string', format: 'date-time' },
                },
              },
            },
            deadline: { type: ['string', 'null'], format: 'date-time' },
          },
        },
        IssueTypeSchema: component(jsonSchemas.IssueTypeSchema),
        ChannelIdSchema: component(jsonSchemas.ChannelIdSchema),
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('./openapi.json', import.meta.url), `${JSON.stringify(botOpenApi(), null, 2)}\n`);
  console.log('openapi: examples/bot/openapi.json written');
}
