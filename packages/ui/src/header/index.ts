export { Header, type HeaderNavigationItem, type HeaderProps } from './Header.js';
