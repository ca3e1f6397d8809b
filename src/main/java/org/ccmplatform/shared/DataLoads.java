package org.ccmplatform.shared;

import org.springframework.data.jpa.repository.JpaRepository;

interface DataLoads extends JpaRepository<DataLoad, String> {}
