export {
  TaskList,
  type TaskListItem,
  type TaskListProps,
  type TaskListSection,
  type TaskStatus,
} from './TaskList.js';
