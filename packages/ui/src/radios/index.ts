export { Radios, type RadiosItem, type RadiosProps } from './Radios.js';
