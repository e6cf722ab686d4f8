export { CharacterCount, countCharacters, type CharacterCountProps } from './CharacterCount.js';
