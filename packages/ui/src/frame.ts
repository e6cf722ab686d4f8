// Components of the frame family; each is exported here as it is added.
export {};
