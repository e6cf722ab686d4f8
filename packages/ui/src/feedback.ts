// Components of the feedback family; each is exported here as it is added.
export {};
