# The staff side: home with the classes, class lists.

staff-home-title = As turmas
staff-greeting = { $name }, { $role }, { $school }
staff-classes-caption = Turmas da escola
staff-class-column = Turma
staff-pupils-column = Alunos
staff-no-classes = Ainda não há turmas. Importe um ficheiro de alunos com o comando «carnet import csv».
class-title = Turma { $class }
class-audit-note = Esta consulta fica registada e as famílias podem vê-la.
class-pupils-caption = Alunos e responsáveis
class-pupil-column = Aluno
class-guardians-column = Responsáveis
class-guardian-legal = responsável legal
class-guardian-not-legal = sem responsabilidade legal
class-guardian-notified = recebe as mensagens
class-guardian-not-notified = não recebe as mensagens
class-guardian-no-phone = sem telefone
class-no-guardian = Nenhum responsável registado.
