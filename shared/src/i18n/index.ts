export * from './catalogue.js'
export * from './domainWords.js'
export { en as DOMAIN_EN, type DomainKey } from './domain/en.js'
export * from './languages.js'
