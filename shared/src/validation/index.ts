export { checkBoardRecord, type RecordCheck } from './records.js'
export { checkSerializedSchema, type SerializedSchemaCheck } from './serializedSchema.js'
export { isJsonObject, isJsonValue } from './json.js'
