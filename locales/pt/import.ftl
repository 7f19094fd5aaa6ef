# The `carnet import csv` command.

import-reading = A ler { $file }
import-progress = { $done } linhas lidas
import-row-error = linha { $line }: { $reason }
import-file-error = ficheiro: { $reason }
import-rejected =
    { $count ->
        [one] Uma linha recusada: nada foi importado.
       *[other] { $count } linhas recusadas: nada foi importado.
    }
import-dry-run = Teste: nada foi guardado.
import-done = Importação concluída.
import-summary = Escolas criadas: { $establishments }. Turmas criadas: { $classes }. Alunos criados: { $pupils_created }, alterados: { $pupils_updated }. Responsáveis criados: { $guardians_created }, alterados: { $guardians_updated }. Ligações criadas: { $links_created }, alteradas: { $links_updated }.
import-nothing-changed = Nenhuma alteração.
import-reason-not-text = não é um ficheiro de texto
import-reason-unreadable = linha ilegível ({ $detail })
import-reason-missing-column = falta a coluna «{ $column }» na primeira linha
import-reason-missing = «{ $column }» está vazio
import-reason-too-long = «{ $column }» é demasiado longo
import-reason-control = «{ $column }» contém um carácter invisível
import-reason-bad-uai = o código UAI «{ $value }» não é válido
import-reason-bad-phone = o número «{ $value }» em «{ $column }» não é válido
import-reason-unknown-language = a língua «{ $value }» não é conhecida
import-reason-bad-yes-no = «{ $value }» em «{ $column }»: escreva oui ou non
import-reason-conflict = «{ $column }» está escrito de outra forma na linha { $first }
