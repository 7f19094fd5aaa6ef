# The public home page.

home-title = Bienvenue sur Carnet
home-intro = Carnet vous prévient des absences, des rendez-vous et des messages de l'établissement. Vous pouvez répondre par internet, par SMS ou par téléphone, dans votre langue.
home-parent-title = Je suis parent ou responsable d'un élève
home-parent-action = Me connecter avec mon numéro de téléphone
home-staff-title = Je travaille dans l'établissement
home-staff-action = Connexion du personnel
home-help = Besoin d'aide ? Lisez la page d'aide ou demandez au médiateur de l'établissement.
