// `tiantian-support/scripts`: reply scripts (话术) and STAR messages, typed and injection-proof.
export { SCRIPT_CATALOG, SCRIPT_IDS, type ScriptId } from './catalog.js';
export {
  defineScripts,
  type RenderArguments,
  type RenderOptions,
  type Script,
  type ScriptCatalog,
  type ScriptDefinition,
  type ScriptDefinitions,
  type ScriptParameter,
  type ScriptVariablesOf,
} from './define.js';
export { SCRIPT_TIME_ZONE } from './format.js';
export {
  getScript,
  isScriptId,
  renderScript,
  type ScriptVariables,
  safeRenderScript,
  scriptsForIssueType,
} from './scripts.js';
export { composeStarMessage, STAR_MAX_LENGTH, STAR_PARTS, type StarOptions, type StarParts } from './star.js';
export { escapeHtml, SCRIPT_FORMATS, type VariableKind } from './template.js';
export type {
  FormatterValues,
  PlaceholderEntry,
  ReservedVariableName,
  TemplatePlaceholders,
  TemplateVariables,
  VariableTypeOf,
} from './template-types.js';
