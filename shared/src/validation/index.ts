export { checkBoardRecord, type RecordCheck } from './records.js'
export { checkSerializedSchema, type SerializedSchemaCheck } from './serializedSchema.js'
export { isJsonObject, isJsonValue, keyValueEntry } from './json.js'
